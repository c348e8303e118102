import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { filingTargets } from "@/lib/dal/grievances";
import { todayInBc } from "@/lib/dal/grievance-scope";
import { workflowFor } from "@/lib/rules/grievances";
import { calendarRegistry } from "@/lib/rules/calendars";
import { GrievanceForm } from "@/components/grievances/grievance-form";
import { Forbidden } from "@/components/forbidden";
import { fileGrievanceAction } from "../actions";

export const metadata: Metadata = { title: "File a grievance" };

/** The agreement's working-day profiles, its default first. */
function profileOptions(rulesId: string) {
  const reg = calendarRegistry[rulesId];
  if (!reg) return [];
  // SD71 limits each name their own calendar (12.02(d) excludes July and August): nothing to choose.
  const ids = rulesId === "sd73-teachers" ? [reg.defaultProfile, ...Object.keys(reg.profiles).filter((p) => p !== reg.defaultProfile)] : [reg.defaultProfile];
  return ids.map((id) => ({ value: id, label: reg.profiles[id].label }));
}

/** What to know under each agreement: shown only while that agreement is chosen. */
const HINTS: Record<string, { typeHint?: string; profileHint: string }> = {
  "sd73-teachers": { profileHint: "How working days are counted (AMB-01); district closures count only on the school-days calendar (WD-B)" },
  "sd71-cupe439": { typeHint: "Policy grievances start at Step 2 (12.02(b))", profileHint: "Each time limit names its own calendar: only the 60-working-day abandonment limit (12.02(d)) excludes July and August" },
};

export default async function NewGrievancePage() {
  const actor = await requireUser();
  const agreements = await filingTargets(actor);
  if (agreements.length === 0) return <Forbidden what="file grievances (stewards and officers of a local file them)" />;
  const targets = agreements.map((a) => ({
    id: a.id,
    label: `${a.local.code} – ${a.organization.code}: ${a.title}`,
    profiles: profileOptions(a.rulesId),
    types: Object.entries(workflowFor(a.rulesId).types).map(([value, t]) => ({ value, label: `${t.label} (${t.article})` })),
    ...HINTS[a.rulesId],
  }));
  const today = todayInBc();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">File a grievance</h1>
      <p className="text-slate-700">The first time limit is counted from the later of the date of violation and the date the grievor or the local became aware of it.</p>
      <GrievanceForm action={fileGrievanceAction} targets={targets} today={today} idempotencyKey={randomUUID()} />
    </div>
  );
}
