import { randomUUID } from "node:crypto";
import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { deadlinesOf, getGrievance, grievanceLabel } from "@/lib/dal/grievances";
import { eventRecorderSide, todayInBc } from "@/lib/dal/grievance-scope";
import { orNotFound } from "@/lib/not-found";
import { workflowFor } from "@/lib/rules/grievances";
import { GRIEVANCE_STATUS_LABELS } from "@/lib/schemas/grievance";
import { Citation } from "@/components/citation";
import { DeadlinePanel } from "@/components/grievances/deadline-panel";
import { weekdayDate } from "@/lib/format/dates";
import { NoLimitHelp } from "@/components/grievances/no-limit-help";
import { nextEvents } from "@/lib/grievances/next-events";
import { eventsOf } from "@/lib/dal/grievances";
import { EventForm } from "@/components/grievances/event-form";
import { EventHistory } from "@/components/grievances/event-history";
import { recordEventAction } from "../actions";
import { addNoteAction, uploadDocumentAction } from "../file-actions";
import { grievanceFile } from "@/lib/dal/grievance-files";
import { FileSection } from "@/components/grievances/file-section";
import { first } from "@/lib/search-params";

export const metadata: Metadata = { title: "Grievance" };

async function load(id: string) {
  const actor = await requireUser();
  return { actor, g: await orNotFound(getGrievance(actor, id)) };
}

export default async function GrievancePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> }) {
  const { id } = await params;
  const saved = first((await searchParams).saved);
  const { actor, g } = await load(id);
  const today = todayInBc();
  const w = workflowFor(g.agreement.rulesId);
  const [r, file] = await Promise.all([deadlinesOf(g, today), grievanceFile(actor, g.id)]);
  const side = eventRecorderSide(actor, g);
  const agreement = g.agreement.rulesId;
  const ne = nextEvents(w, eventsOf(g.events), g.type, g.policy);
  const allowed = (k: string) => side === "union" || w.events[k]?.by !== "union";
  const opt = (k: string) => ({ value: k, label: w.events[k].label });
  const types = ne.likely.filter(allowed).map(opt);
  const otherTypes = ne.other.filter(allowed).map(opt);
  const facts: Array<[string, React.ReactNode]> = [
    ["Agreement", g.agreement.title],
    ["Local and district", `${g.local.name} – ${g.organization.name}`],
    ["Type", `${w.types[g.type]?.label ?? g.type}${g.policy ? " · group or policy grievance" : ""}`],
    ["Grievors", g.grievors.length ? g.grievors.map((x) => `${x.employee.firstName} ${x.employee.lastName} (${x.employee.employeeNumber})`).join(", ") : "— (group or policy grievance)"],
    ["Articles alleged violated", <span key="a" className="space-x-2">{g.articles.map((a) => <Citation key={a} agreement={agreement} article={a} />)}</span>],
    ["Date of violation", weekdayDate(g.violationDate.toISOString().slice(0, 10))],
    ["Date became aware", g.awarenessDate ? weekdayDate(g.awarenessDate.toISOString().slice(0, 10)) : "—"],
    ["Status", `${GRIEVANCE_STATUS_LABELS[r.status]} · ${r.stage}`],
    ["Filed by", g.filedBy?.name ?? g.filedBy?.email ?? "—"],
  ];
  return (
    <div className="space-y-6">
      {saved ? <p role="status" className="rounded-md border border-green-600 bg-green-50 p-3 text-green-900">Grievance filed.</p> : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Grievance {grievanceLabel(g)}</h1>
        <div className="flex flex-wrap gap-4">
          <Link className="text-blue-800 underline" href={`/grievances/${g.id}/summary`}>Printable summary</Link>
          <Link className="text-blue-800 underline" href="/grievances">All grievances</Link>
        </div>
      </div>
      <DeadlinePanel agreement={agreement} deadlines={r.deadlines} status={r.status} today={today}
        whyNone={r.status === "OPEN" || r.status === "AT_ARBITRATION" ? <NoLimitHelp w={w} n={ne} canRecord={side !== null} /> : null} />
      <section aria-labelledby="facts-h" className="space-y-2">
        <h2 id="facts-h" className="text-lg font-semibold">The grievance</h2>
        <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2">
          {facts.map(([k, v]) => (
            <div key={k} className="flex gap-2">
              <dt className="w-44 shrink-0 font-medium text-slate-700">{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
        <div className="rounded-lg border border-slate-300 bg-white p-4">
          <h3 className="font-semibold">Summary</h3>
          <p className="whitespace-pre-line">{g.summary}</p>
          <h3 className="mt-3 font-semibold">Remedy sought</h3>
          <p className="whitespace-pre-line">{g.remedy}</p>
        </div>
      </section>
      {side ? (
        <section aria-labelledby="record-h" className="space-y-2">
          <h2 id="record-h" className="text-lg font-semibold">Record an event</h2>
          <EventForm
            action={recordEventAction.bind(null, g.id)}
            types={types}
            otherTypes={otherTypes}
            openDeadlines={r.deadlines.map((d) => ({ value: d.ruleId, label: `${d.action} (${d.article}${d.due ? `, ${weekdayDate(d.due)}` : ""})` }))}
            earlier={g.events.map((e) => ({ value: e.id, label: `${weekdayDate(e.date.toISOString().slice(0, 10))} — ${w.events[e.type]?.label ?? "Event"}` }))}
            today={today}
            idempotencyKey={randomUUID()}
          />
        </section>
      ) : null}
      <FileSection
        grievanceId={g.id} documents={file.documents} notes={file.notes}
        upload={side ? uploadDocumentAction.bind(null, g.id) : null} note={side ? addNoteAction.bind(null, g.id) : null}
      />
      <section aria-labelledby="history-h" className="space-y-2">
        <h2 id="history-h" className="text-lg font-semibold">History</h2>
        <EventHistory events={g.events} workflow={w} />
      </section>
    </div>
  );
}
