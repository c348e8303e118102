import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { listSchools } from "@/lib/dal/ttoc-schools";
import { orNotFound } from "@/lib/not-found";
import { SchoolHoursForm } from "@/components/ttoc/school-hours-form";
import { schoolHoursAction } from "./actions";

export const metadata: Metadata = { title: "School hours" };

export default async function SchoolsPage() {
  const actor = await requireUser();
  const schools = await orNotFound(listSchools(actor));
  const outlying = schools.filter((s) => s.outlying).map((s) => `${s.name} (${s.organization.code})`);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">School hours and lunch breaks</h1>
        <p className="max-w-3xl text-slate-700">&ldquo;For Teacher Teaching on Call pay purposes, a half day is determined by the beginning of the teacher&apos;s lunch break&rdquo; (B.2.9.e): a callout ending by the start of lunch is the morning half, one starting at or after it the afternoon half, one spanning it a full day; times outside the school day are refused. Changes apply to callouts entered from now on and are recorded in the audit log. <Link className="text-blue-800 underline" href="/ttoc">Pay periods</Link></p>
        <p className="mt-2 max-w-3xl text-slate-700">&ldquo;All positions in outlying schools shall be bypassed&rdquo; in a layoff (C.12.1.b.i); the agreement names no school, so the district marks them here. {outlying.length ? `Outlying schools: ${outlying.join(", ")}.` : "No school is marked outlying."}</p>
      </div>
      {schools.length === 0 ? <p className="rounded-md border border-slate-300 bg-white p-4">No schools.</p> : (
        <ul className="space-y-4">
          {schools.map((s) => (
            <li key={s.id} className="rounded-lg border border-slate-300 bg-white p-4">
              <SchoolHoursForm action={schoolHoursAction.bind(null, s.id)} name={`${s.name} (${s.organization.code})`} hours={{ dayStart: s.dayStart, lunchStart: s.lunchStart, dayEnd: s.dayEnd }} outlying={s.outlying} version={s.version} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
