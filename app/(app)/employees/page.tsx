import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { canEditEmployees, listEmployees } from "@/lib/dal/employees";
import { visibleOrganizations } from "@/lib/dal/organizations";
import { EmployeeFilterSchema } from "@/lib/schemas/employee-filter";
import { EMPLOYEE_STATUSES, EMPLOYMENT_TYPES, STATUS_LABELS, TYPE_LABELS } from "@/lib/schemas/employee";
import { linkButton } from "@/components/ui/button";
import { Pagination } from "@/components/pagination";
import { SortableHeader, parseSort } from "@/components/ui/sortable-header";
import { EMPLOYEE_SORT_COLUMNS } from "@/lib/dal/employees";
import { weekdayDate } from "@/lib/format/dates";
import { placementOf } from "@/components/employees/placement";

export const metadata: Metadata = { title: "Employees" };

export default async function EmployeesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requireUser();
  const sp = await searchParams;
  const f = EmployeeFilterSchema.parse(sp);
  const order = parseSort(sp, EMPLOYEE_SORT_COLUMNS, { sort: "name", dir: "asc" });
  const [orgs, list] = await Promise.all([visibleOrganizations(actor), listEmployees(actor, f, order)]);
  const query = new URLSearchParams(Object.entries(f).filter(([k, v]) => v !== undefined && k !== "page").map(([k, v]) => [k, String(v)]));
  const sortQuery = new URLSearchParams(query);
  sortQuery.set("sort", order.sort);
  sortQuery.set("dir", order.dir);
  const th = (column: (typeof EMPLOYEE_SORT_COLUMNS)[number], label: string) => <SortableHeader column={column} label={label} current={order} base="/employees" query={query} className="px-3 py-2" />;
  const select = "mt-1 block rounded-md border border-slate-400 bg-white px-2 py-2";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Employees</h1>
        <div className="flex gap-2">
          {canEditEmployees(actor) ? (
            <>
              <Link className={linkButton} href="/employees/new">Add employee</Link>
              <Link className={linkButton} href="/employees/import">Import CSV</Link>
            </>
          ) : null}
          <a className={linkButton} href={`/employees/export?${query}`}>Export CSV</a>
        </div>
      </div>
      <form method="get" role="search" aria-label="Filter employees" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-3">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">Search</label>
          <input id="q" name="q" defaultValue={f.q} placeholder="Name, number or classification" className="mt-1 block w-64 rounded-md border border-slate-400 px-3 py-2" />
        </div>
        {orgs.length > 1 ? (
          <div>
            <label htmlFor="organizationId" className="block text-sm font-medium">District</label>
            <select id="organizationId" name="organizationId" defaultValue={f.organizationId ?? ""} className={select}>
              <option value="">All</option>
              {orgs.map((o) => <option key={o.id} value={o.id}>{o.code}</option>)}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="status" className="block text-sm font-medium">Status</label>
          <select id="status" name="status" defaultValue={f.status ?? ""} className={select}>
            <option value="">All</option>
            {EMPLOYEE_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="type" className="block text-sm font-medium">Type</label>
          <select id="type" name="type" defaultValue={f.type ?? ""} className={select}>
            <option value="">All</option>
            {EMPLOYMENT_TYPES.map((t) => <option key={t} value={t}>{TYPE_LABELS[t]}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 text-sm font-semibold text-white">Apply</button>
      </form>
      <p className="text-sm text-slate-700" aria-live="polite">{list.total} employee{list.total === 1 ? "" : "s"}</p>
      {list.rows.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-4">No employees match these filters.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Employees; click a column header to sort</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                {th("number", "Number")}
                {th("name", "Name")}
                {th("district", "District")}
                {th("type", "Type")}
                <th scope="col" className="px-3 py-2">Placement</th>
                {th("status", "Status")}
                {th("hired", "Hired")}
              </tr>
            </thead>
            <tbody>
              {list.rows.map((e) => (
                <tr key={e.id} className="border-t border-slate-200">
                  <td className="px-3 py-2 font-mono">{e.employeeNumber}</td>
                  <td className="px-3 py-2"><Link className="text-blue-800 underline" href={`/employees/${e.id}`}>{e.lastName}, {e.firstName}</Link></td>
                  <td className="px-3 py-2">{e.organization.code}</td>
                  <td className="px-3 py-2">{TYPE_LABELS[e.employmentType]}</td>
                  <td className="px-3 py-2">{placementOf(e)}</td>
                  <td className="px-3 py-2">{STATUS_LABELS[e.status]}</td>
                  <td className="px-3 py-2">{weekdayDate(e.hireDate.toISOString().slice(0, 10))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} base="/employees" query={sortQuery} />
    </div>
  );
}
