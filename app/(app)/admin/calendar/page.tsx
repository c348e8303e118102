import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { hasRole } from "@/lib/dal/actor";
import { listDistrictCalendars } from "@/lib/dal/calendar-closures";
import { todayInBc } from "@/lib/dal/grievance-scope";
import { schoolYearOf } from "@/lib/schemas/calendar-closure";
import { Forbidden } from "@/components/forbidden";
import { ClosureForm } from "@/components/admin/closure-form";
import { RemoveClosureButton } from "@/components/admin/remove-closure-button";
import { addClosureAction, removeClosureAction } from "./actions";

export const metadata: Metadata = { title: "District calendars" };

export default async function DistrictCalendarPage() {
  const actor = await requireUser();
  if (!hasRole(actor, ["ADMIN"])) return <Forbidden what="manage district calendars" />;
  const districts = await listDistrictCalendars(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">District calendars</h1>
      <p className="max-w-3xl text-slate-700">
        Closures are the days a district is not in session (winter and spring break, Pro-D days). They are not counted in a grievance time limit
        whose working-day calendar counts school days only (SD73 WD-B, AMB-01); every other profile counts them as working days. Adding or removing
        one recomputes the affected open grievances.
      </p>
      <section aria-labelledby="add-h" className="space-y-2">
        <h2 id="add-h" className="text-lg font-semibold">Add a closure</h2>
        <ClosureForm action={addClosureAction} districts={districts.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` }))} schoolYear={schoolYearOf(todayInBc())} />
      </section>
      {districts.map((d) => (
        <section key={d.id} aria-labelledby={`d-${d.id}`} className="space-y-3">
          <h2 id={`d-${d.id}`} className="text-lg font-semibold">{d.code} – {d.name}</h2>
          {d.years.length === 0 ? <p className="rounded-md border border-slate-300 bg-white p-3">No closures recorded for this district.</p> : null}
          {d.years.map((y) => (
            <table key={y.schoolYear} className="w-full border-collapse rounded-lg bg-white text-sm">
              <caption className="p-2 text-left font-medium">{d.code} closures, school year {y.schoolYear}</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="p-2">Closure</th>
                  <th scope="col" className="p-2">First day</th>
                  <th scope="col" className="p-2">Last day</th>
                  <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {y.closures.map((c) => (
                  <tr key={c.id} className="border-b border-slate-200">
                    <th scope="row" className="p-2 text-left font-normal">{c.label}</th>
                    <td className="p-2 font-mono">{c.from}</td>
                    <td className="p-2 font-mono">{c.to}</td>
                    <td className="p-2 text-right"><RemoveClosureButton action={removeClosureAction} id={c.id} label={`${c.label} ${c.from} (${d.code} ${y.schoolYear})`} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </section>
      ))}
    </div>
  );
}
