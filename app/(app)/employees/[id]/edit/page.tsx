import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { canEditEmployees, columnsOf, getEmployee } from "@/lib/dal/employees";
import { EmployeeForm } from "@/components/employees/employee-form";
import { Forbidden } from "@/components/forbidden";
import { updateEmployeeAction } from "../../actions";
import { orNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "Edit employee" };

export default async function EditEmployeePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser();
  const e = await orNotFound(getEmployee(actor, id));
  if (!canEditEmployees(actor, e.organizationId)) return <Forbidden what="edit this employee" />;
  const c = columnsOf(e);
  const values = {
    ...Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v === null ? undefined : String(v)])),
    certificated: c.certificated ?? undefined,
    fte: (c.fteMilli / 1000).toString(),
    qualifications: c.qualifications.join(", "),
  };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Edit {e.firstName} {e.lastName}</h1>
      <EmployeeForm action={updateEmployeeAction.bind(null, id)} rulesId={e.agreement.rulesId} values={values} version={e.version} submitLabel="Save changes" />
    </div>
  );
}
