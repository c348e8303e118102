import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { canEditEmployees, getEmployee } from "@/lib/dal/employees";
import { orNotFound } from "@/lib/not-found";
import { STATUS_LABELS, TYPE_LABELS } from "@/lib/schemas/employee";
import { placementOf } from "@/components/employees/placement";
import { ServiceHistory } from "@/components/employees/service-history";
import { PositionSection } from "@/components/employees/position-section";
import { districtSchools, employeePositions } from "@/lib/dal/positions";
import { todayInBC } from "@/lib/dal/dates";
import { savePositionAction } from "./actions";
import { linkButton } from "@/components/ui/button";
import { first } from "@/lib/search-params";

export const metadata: Metadata = { title: "Employee" };

async function load(id: string) {
  const actor = await requireUser();
  return { actor, e: await orNotFound(getEmployee(actor, id)) };
}

export default async function EmployeePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> }) {
  const { id } = await params;
  const saved = first((await searchParams).saved);
  const { actor, e } = await load(id);
  const editor = canEditEmployees(actor, e.organizationId);
  const [positions, schools] = await Promise.all([employeePositions(actor, e.id), editor ? districtSchools(actor, e.organizationId) : []]);
  const rows: Array<[string, string]> = [
    ["Employee number", e.employeeNumber],
    ["District", e.organization.name],
    ["Agreement", e.agreement.title],
    ["Employment type", TYPE_LABELS[e.employmentType]],
    ["Status", STATUS_LABELS[e.status]],
    ["Placement", placementOf(e)],
    ["Classification", e.classification ?? "—"],
    ["FTE", (e.fteMilli / 1000).toFixed(3)],
    ["Hire date", e.hireDate.toISOString().slice(0, 10)],
    ["Application date", e.applicationDate ? e.applicationDate.toISOString().slice(0, 10) : "—"],
    ["Qualifications", e.qualifications.join(", ") || "—"],
    ["Email", e.email ?? "—"],
  ];
  return (
    <div className="space-y-5">
      {saved ? <p role="status" className="rounded-md border border-green-600 bg-green-50 p-3 text-green-900">{saved === "position" ? "Position saved." : `Employee ${saved === "created" ? "created" : "saved"}.`}</p> : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{e.firstName} {e.lastName}</h1>
        {editor ? <Link className={linkButton} href={`/employees/${e.id}/edit`}>Edit employee</Link> : null}
      </div>
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2">
        {rows.map(([k, v]) => (
          <div key={k} className="flex gap-2">
            <dt className="w-32 shrink-0 font-medium text-slate-700 sm:w-40">{k}</dt>
            <dd className="min-w-0 break-words">{v}</dd>
          </div>
        ))}
      </dl>
      <PositionSection positions={positions} edit={editor ? { save: (positionId) => savePositionAction.bind(null, e.id, positionId), schools, today: todayInBC() } : undefined} />
      <ServiceHistory records={e.serviceRecords} />
      <p><Link className="text-blue-800 underline" href={`/employees/${e.id}/ledger`}>{editor ? "Add to the service ledger" : "Service ledger"}</Link></p>
    </div>
  );
}
