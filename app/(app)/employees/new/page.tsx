import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { employeeTargets } from "@/lib/dal/employees";
import { EmployeeForm } from "@/components/employees/employee-form";
import { Forbidden } from "@/components/forbidden";
import { createEmployeeAction } from "../actions";
import { first } from "@/lib/search-params";

export const metadata: Metadata = { title: "Add employee" };

export default async function NewEmployeePage({ searchParams }: { searchParams: Promise<{ organizationId?: string | string[] }> }) {
  const actor = await requireUser();
  const targets = await employeeTargets(actor);
  if (targets.length === 0) return <Forbidden what="add employees" />;
  const organizationId = first((await searchParams).organizationId);
  const org = targets.length === 1 ? targets[0] : targets.find((t) => t.id === organizationId);
  if (!org) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">Add employee</h1>
        <p>Choose the district:</p>
        <ul className="list-disc pl-6">
          {targets.map((t) => (
            <li key={t.id}><Link className="text-blue-800 underline" href={`/employees/new?organizationId=${t.id}`}>{t.name}</Link></li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Add employee — {org.code}</h1>
      <EmployeeForm action={createEmployeeAction.bind(null, org.id)} rulesId={org.agreements[0]?.rulesId ?? ""} submitLabel="Create employee" />
    </div>
  );
}
