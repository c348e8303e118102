import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { hasRole } from "@/lib/dal/actor";
import { getTtoc } from "@/lib/dal/ttoc-roster";
import { Citation } from "@/components/citation";
import { PlacementForm } from "@/components/ttoc/placement-form";
import { placementAction } from "../actions";
import { orNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "TTOC" };
const iso = (d: Date) => d.toISOString().slice(0, 10);
const cites = (list: string[]) => list.map((c, i) => <span key={c}>{i ? ", " : ""}<Citation agreement="sd73-teachers" article={c} /></span>);

export default async function TtocPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser();
  const t = await orNotFound(getTtoc(actor, id));
  const { employee: e, timeline, current, seniority } = t;
  const canEdit = hasRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: e.organizationId });
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm"><Link className="text-blue-800 underline" href="/ttoc/roster">TTOC roster</Link></p>
        <h1 className="text-2xl font-bold">{e.lastName}, {e.firstName} <span className="font-mono text-lg font-normal">{e.employeeNumber}</span></h1>
        <p className="text-slate-700">{e.organization.code} · {current ? (current.certificated ? `Category ${current.category} Step ${current.step}` : "Non-certificated substitute (B.2.8)") : "no placement"} on {t.today} · {t.dayCount} day(s) worked</p>
      </div>
      <section aria-labelledby="hist-h" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="hist-h" className="text-lg font-semibold">Placement history</h2>
        <p className="mt-1 text-sm text-slate-700">The placement in effect on a day prices that day (B.2.6). Increments earned under C.4 are applied automatically on the first of the month after 170 FTE days.</p>
        <table className="mt-2 min-w-full text-sm">
          <caption className="sr-only">Placement changes with their dates</caption>
          <thead className="text-left"><tr><th scope="col" className="pr-3">From</th><th scope="col" className="pr-3">Placement</th><th scope="col" className="pr-3">Source</th><th scope="col">Why</th></tr></thead>
          <tbody>
            {timeline.entries.map((p) => (
              <tr key={p.effectiveDate + p.source} className="border-t border-slate-200 align-top">
                <td className="py-1 pr-3 font-mono">{p.effectiveDate}</td>
                <td className="py-1 pr-3">{p.certificated ? `Category ${p.category} Step ${p.step}` : "Non-certificated (B.2.8)"}</td>
                <td className="py-1 pr-3">{p.source === "recorded" ? "Recorded" : "C.4 increment"}</td>
                <td className="py-1">{p.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="exp-h" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="exp-h" className="text-lg font-semibold">Experience (C.4)</h2>
        <p className="mt-1">{timeline.experience.creditedDays} FTE day(s) credited; {timeline.experience.bankDays} day(s) in the bank toward the next increment (170 days = 1 year).</p>
        {timeline.experience.steps.length ? <ol className="mt-2 ml-6 list-decimal text-sm">{timeline.experience.steps.map((s, i) => <li key={i}>{s.trim()}</li>)}</ol> : <p className="text-sm text-slate-700">No certificated TTOC days yet.</p>}
        {timeline.experience.citations.length ? <p className="mt-1 text-sm">Articles: {cites(timeline.experience.citations)}</p> : null}
      </section>
      <section aria-labelledby="sen-h" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="sen-h" className="text-lg font-semibold">Seniority (C.2.3)</h2>
        <p className="mt-1">{seniority.totalDays} day(s) of seniority credited (189 days = 1 year){seniority.excludedSubstituteDays ? `; ${seniority.excludedSubstituteDays} substitute day(s) under B.2.8 earn none (C.2.3.a)` : ""}.</p>
        {seniority.years.length ? (
          <table className="mt-2 min-w-full text-sm">
            <caption className="sr-only">Seniority credited by school year</caption>
            <thead className="text-left"><tr><th scope="col" className="pr-3">School year</th><th scope="col" className="pr-3">Days worked</th><th scope="col" className="pr-3">Credited</th><th scope="col">Arithmetic</th></tr></thead>
            <tbody>{seniority.years.map((y) => <tr key={y.schoolYear} className="border-t border-slate-200 align-top"><td className="py-1 pr-3">{y.schoolYear}</td><td className="py-1 pr-3">{y.days}</td><td className="py-1 pr-3">{y.credited}</td><td className="py-1">{y.steps.join(" ")}</td></tr>)}</tbody>
          </table>
        ) : null}
        {seniority.citations.length ? <p className="mt-1 text-sm">Articles: {cites(seniority.citations)}</p> : null}
      </section>
      {canEdit ? (
        <section aria-labelledby="pl-h" className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="pl-h" className="mb-3 text-lg font-semibold">Record a placement change</h2>
          <PlacementForm action={placementAction.bind(null, e.id)} />
        </section>
      ) : null}
      <section aria-labelledby="days-h" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="days-h" className="text-lg font-semibold">Recent days</h2>
        {t.recentDays.length ? (
          <table className="mt-2 min-w-full text-sm">
            <caption className="sr-only">The TTOC&apos;s latest callouts</caption>
            <thead className="text-left"><tr><th scope="col" className="pr-3">Date</th><th scope="col" className="pr-3">School</th><th scope="col" className="pr-3">Replacing</th><th scope="col" className="pr-3">Times</th><th scope="col">Fraction</th></tr></thead>
            <tbody>{t.recentDays.map((d) => <tr key={d.id} className="border-t border-slate-200"><td className="py-1 pr-3 font-mono">{iso(d.date)}</td><td className="py-1 pr-3">{d.school.name}</td><td className="py-1 pr-3">{d.replacedTeacher ?? "—"}</td><td className="py-1 pr-3">{d.startTime ? `${d.startTime}–${d.endTime}` : "—"}</td><td className="py-1">{d.fractionMilli / 1000}</td></tr>)}</tbody>
          </table>
        ) : <p className="mt-2 text-sm">No days recorded.</p>}
      </section>
    </div>
  );
}
