import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { deadlinesOf, getGrievance, grievanceLabel } from "@/lib/dal/grievances";
import { grievanceFile } from "@/lib/dal/grievance-files";
import { todayInBc } from "@/lib/dal/grievance-scope";
import { workflowFor } from "@/lib/rules/grievances";
import { GRIEVANCE_STATUS_LABELS } from "@/lib/schemas/grievance";
import { EventHistory } from "@/components/grievances/event-history";
import { PrintButton } from "@/components/print-button";
import { orNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "Grievance summary" };

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");

export default async function GrievanceSummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser();
  const g = await orNotFound(getGrievance(actor, id));
  const today = todayInBc();
  const w = workflowFor(g.agreement.rulesId);
  const [r, file] = await Promise.all([deadlinesOf(g, today), grievanceFile(actor, g.id)]);
  const facts: Array<[string, string]> = [
    ["Agreement", g.agreement.title],
    ["Local and district", `${g.local.name} – ${g.organization.name}`],
    ["Type", `${w.types[g.type]?.label ?? g.type}${g.policy ? " · group or policy grievance" : ""}`],
    ["Grievors", g.grievors.length ? g.grievors.map((x) => `${x.employee.firstName} ${x.employee.lastName} (${x.employee.employeeNumber})`).join(", ") : "— (group or policy grievance)"],
    ["Articles alleged violated", g.articles.join(", ")],
    ["Date of violation", iso(g.violationDate)],
    ["Date became aware", iso(g.awarenessDate)],
    ["Status", `${GRIEVANCE_STATUS_LABELS[r.status]} · ${r.stage}`],
  ];
  return (
    <article className="space-y-5 print:text-[11pt]">
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <Link className="text-blue-800 underline" href={`/grievances/${g.id}`}>Back to the grievance</Link>
        <PrintButton label="Print this summary" />
      </div>
      <header>
        <h1 className="text-2xl font-bold">Grievance {grievanceLabel(g)}: summary</h1>
        <p className="text-slate-700">As of {today}. Every date is counted on the calendar named with it.</p>
      </header>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-2 print:grid-cols-2">
        {facts.map(([k, v]) => (
          <div key={k} className="flex gap-2"><dt className="w-44 shrink-0 font-medium">{k}</dt><dd>{v}</dd></div>
        ))}
      </dl>
      <section aria-labelledby="s-summary"><h2 id="s-summary" className="text-lg font-semibold">Summary</h2><p className="whitespace-pre-line">{g.summary}</p>
        <h3 className="mt-2 font-semibold">Remedy sought</h3><p className="whitespace-pre-line">{g.remedy}</p></section>
      <section aria-labelledby="s-deadlines" className="break-inside-avoid">
        <h2 id="s-deadlines" className="text-lg font-semibold">Open deadlines</h2>
        {r.deadlines.length ? (
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Open deadlines, soonest first</caption>
            <thead><tr className="border-b border-slate-400 text-left">
              <th scope="col" className="p-1">Due</th><th scope="col" className="p-1">Action</th><th scope="col" className="p-1">Article</th>
              <th scope="col" className="p-1">Working days left</th><th scope="col" className="p-1">Calendar and closures</th>
            </tr></thead>
            <tbody>
              {r.deadlines.map((d) => (
                <tr key={d.ruleId} className="border-b border-slate-200 align-top">
                  <td className="p-1 font-mono">{d.due ?? "time stopped"}{d.overdue ? " (overdue)" : ""}{d.extended ? ` (extended; was ${d.computedDue})` : ""}</td>
                  <td className="p-1">{d.action}</td>
                  <td className="p-1 font-mono">{d.article}</td>
                  <td className="p-1">{d.workingDaysLeft ?? "—"}</td>
                  <td className="p-1">{d.explanation.profile.label}. {d.explanation.closureNote}
                    {d.explanation.skipped.length ? ` Skipped: ${d.explanation.skipped.map((s) => `${s.date} (${s.reason})`).join(", ")}.` : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : <p>No time limit is running.</p>}
      </section>
      <section aria-labelledby="s-timeline"><h2 id="s-timeline" className="text-lg font-semibold">Timeline</h2><EventHistory events={g.events} workflow={w} /></section>
      <section aria-labelledby="s-notes">
        <h2 id="s-notes" className="text-lg font-semibold">Notes and documents</h2>
        {file.notes.length ? <ul className="list-disc pl-6">{file.notes.map((n) => <li key={n.id}>{n.createdAt.toISOString().slice(0, 10)} ({n.author?.name ?? n.author?.email ?? "—"}): {n.body}</li>)}</ul> : <p>No notes.</p>}
        {file.documents.length ? <ul className="list-disc pl-6">{file.documents.map((d) => <li key={d.id}>{d.fileName} ({d.typeLabel}, {d.createdAt.toISOString().slice(0, 10)})</li>)}</ul> : <p>No documents.</p>}
      </section>
    </article>
  );
}
