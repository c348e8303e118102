import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { canFileGrievances, grievanceLabel, listGrievances } from "@/lib/dal/grievances";
import { canSeeGrievances, todayInBc } from "@/lib/dal/grievance-scope";
import { grievanceFilterSchema, GRIEVANCE_STATUS_LABELS } from "@/lib/schemas/grievance";
import { workingDaysUntil, type GrievanceAgreement } from "@/lib/rules/grievances";
import { linkButton } from "@/components/ui/button";
import { Pagination } from "@/components/pagination";
import { Forbidden } from "@/components/forbidden";
import { SortableHeader } from "@/components/ui/sortable-header";
import { deadlineText, weekdayDate } from "@/lib/format/dates";
import { noOuterLimit } from "@/lib/format/deadlines";

export const metadata: Metadata = { title: "Grievances" };

export default async function GrievancesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requireUser();
  if (!canSeeGrievances(actor)) return <Forbidden what="see grievances" />;
  const f = grievanceFilterSchema.parse(await searchParams);
  const today = todayInBc();
  const list = await listGrievances(actor, f, today);
  const query = new URLSearchParams(Object.entries(f).filter(([k, v]) => v !== undefined && k !== "page").map(([k, v]) => [k, String(v)]));
  const current = { sort: f.sort, dir: f.dir };
  const filtered = Boolean(f.q) || f.status !== "open" || f.due !== "all";
  const names = (r: (typeof list.rows)[number]) =>
    r.grievors.length ? r.grievors.map((x) => `${x.employee.firstName} ${x.employee.lastName} (${x.employee.employeeNumber})`).join(", ") + (r._count.grievors > 3 ? ` +${r._count.grievors - 3}` : "") : "Group or policy";
  const select = "mt-1 block rounded-md border border-slate-400 bg-white px-2 py-2";
  const left = (r: (typeof list.rows)[number]) => {
    if (!r.nextDue) return null;
    return workingDaysUntil(r.agreement.rulesId as GrievanceAgreement, r.calendarProfile, today, r.nextDue.toISOString().slice(0, 10), list.closures[r.organizationId]);
  };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Grievances</h1>
        <div className="flex flex-wrap items-center gap-3">
          <Link className="text-blue-800 underline" href={`/grievances/calendar?month=${today.slice(0, 7)}`}>Month view</Link>
          {canFileGrievances(actor) ? <Link className={linkButton} href="/grievances/new">File a grievance</Link> : null}
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <Link href="/grievances?due=week" className="rounded-lg border border-blue-800 bg-white px-4 py-2">
          <span className="block text-2xl font-bold">This week</span> due by {weekdayDate(list.weekEnd, today)}
        </Link>
        <Link href="/grievances?due=soon" className="rounded-lg border border-blue-800 bg-blue-50 px-4 py-2">
          <span className="block text-2xl font-bold" data-testid="due-soon-count">{list.soonCount}</span> due in the next 10 working days
        </Link>
        <Link href="/grievances?due=overdue" className="rounded-lg border border-red-700 bg-red-50 px-4 py-2">
          <span className="block text-2xl font-bold" data-testid="overdue-count">{list.overdueCount}</span> overdue
        </Link>
      </div>
      <form method="get" role="search" aria-label="Filter grievances" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-3">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">Search</label>
          <input id="q" name="q" defaultValue={f.q} aria-describedby="q-hint" className="mt-1 block w-full max-w-xs sm:w-64 rounded-md border border-slate-400 px-3 py-2" />
        </div>
        <p id="q-hint" className="sr-only">Grievance number, grievor name or employee number, summary or article</p>
        <div>
          <label htmlFor="status" className="block text-sm font-medium">Status</label>
          <select id="status" name="status" defaultValue={f.status} className={select}>
            <option value="open">Open (incl. at arbitration)</option>
            <option value="closed">Closed</option>
            <option value="all">All</option>
          </select>
        </div>
        <div>
          <label htmlFor="due" className="block text-sm font-medium">Due</label>
          <select id="due" name="due" defaultValue={f.due} className={select}>
            <option value="all">Any time</option>
            <option value="week">This week</option>
            <option value="soon">In the next 10 working days</option>
            <option value="overdue">Overdue</option>
          </select>
        </div>
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 text-sm font-semibold text-white">Apply</button>
        {filtered ? <Link className="py-2 text-sm text-blue-800 underline" href="/grievances">Clear filters</Link> : null}
      </form>
      {list.rows.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-4">
          No grievances match these filters.{" "}
          {filtered ? <Link className="text-blue-800 underline" href="/grievances">Clear filters</Link> : null}
        </p>
      ) : (
        <table className="block w-full border-collapse rounded-lg bg-white text-sm md:table">
          <caption className="block p-2 text-left text-slate-700 md:table-caption">{list.total} grievance{list.total === 1 ? "" : "s"} (as of {weekdayDate(today)}); click a column header to sort</caption>
          <thead className="sr-only md:not-sr-only md:table-header-group">
            <tr className="border-b border-slate-300 text-left">
              <SortableHeader column="number" label="Number" current={current} base="/grievances" query={query} />
              <th scope="col" className="p-2">Grievors</th>
              <th scope="col" className="p-2">Next action</th>
              <SortableHeader column="due" label="Due" current={current} base="/grievances" query={query} />
              <SortableHeader column="article" label="Article" current={current} base="/grievances" query={query} />
              <SortableHeader column="status" label="Status" current={current} base="/grievances" query={query} />
            </tr>
          </thead>
          <tbody className="block md:table-row-group">
            {list.rows.map((r) => {
              const n = left(r);
              const due = r.nextDue ? r.nextDue.toISOString().slice(0, 10) : null;
              const overdue = due !== null && due < today;
              return (
                <tr key={r.id} className="block border-b border-slate-200 p-2 md:table-row md:p-0">
                  <td className="block md:table-cell md:p-2"><Link className="font-mono font-semibold text-blue-800 underline" href={`/grievances/${r.id}`}>{grievanceLabel(r)}</Link></td>
                  <td className="block md:table-cell md:p-2"><span className="md:sr-only font-medium">Grievors: </span>{names(r)}</td>
                  <td className="block md:table-cell md:p-2">{r.nextAction ?? "—"}</td>
                  <td className={`block md:table-cell md:p-2 ${overdue ? "font-semibold text-red-800" : ""}`}>
                    {due ? deadlineText({ due, workingDaysLeft: n, noOuterLimit: noOuterLimit(r.agreement.rulesId, r.nextRuleId) }, today) : "—"}
                  </td>
                  <td className="block md:table-cell md:p-2"><span className="md:sr-only font-medium">Article </span><span className="font-mono">{r.nextArticle ?? "—"}</span></td>
                  <td className="block md:table-cell md:p-2">{GRIEVANCE_STATUS_LABELS[r.status]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} base="/grievances" query={query} />
    </div>
  );
}
