import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { filingTargets } from "@/lib/dal/grievances";
import { todayInBc } from "@/lib/dal/grievance-scope";
import { workflowFor } from "@/lib/rules/grievances";
import { GrievanceForm } from "@/components/grievances/grievance-form";
import { Forbidden } from "@/components/forbidden";
import { fileGrievanceAction } from "../actions";

export const metadata: Metadata = { title: "File a grievance" };

export default async function NewGrievancePage() {
  const actor = await requireUser();
  const agreements = await filingTargets(actor);
  if (agreements.length === 0) return <Forbidden what="file grievances (stewards and officers of a local file them)" />;
  const targets = agreements.map((a) => ({
    id: a.id,
    label: `${a.local.code} – ${a.organization.code}: ${a.title}`,
    types: Object.entries(workflowFor(a.rulesId).types).map(([value, t]) => ({ value, label: `${t.label} (${t.article})` })),
  }));
  const today = todayInBc();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">File a grievance</h1>
      <p className="text-slate-700">The first time limit is counted from the later of the date of violation and the date the grievor or the local became aware of it.</p>
      <GrievanceForm action={fileGrievanceAction} targets={targets} today={today} />
    </div>
  );
}
