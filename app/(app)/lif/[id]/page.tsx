import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { getLifConsultation } from "@/lib/dal/lif";
import { todayInBC } from "@/lib/dal/dates";
import { formatCents } from "@/lib/rules/core";
import { LIF_CONFIRMATIONS, LIF_CRITERIA } from "@/lib/rules/lif";
import { LifStatusBadge, daysText } from "@/components/lif/status-badge";
import { MeetingForm } from "@/components/lif/meeting-form";
import { MarksForm, type MarkRow } from "@/components/lif/marks-form";
import { DeclineForm, SignForm, SubmitForm } from "@/components/lif/sign-forms";
import { Meetings } from "@/components/lif/meetings";
import type { LifReviewData } from "@/components/lif/review-summary";
import { addMeetingAction, declineAction, saveMarksAction, signAction, submitAction } from "../actions";
import { orNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "LIF consultation" };

export default async function LifConsultationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser();
  const data = await orNotFound(getLifConsultation(actor, id));
  const { c, allocation, status, party } = data;
  const today = todayInBC();
  const signed = (p: string) => c.signatures.find((s) => s.party === p);
  const locked = !!signed("DISTRICT");
  const mark = (p: string, k: string) => c.marks.find((m) => m.party === p && m.key === k);
  const other = party === "LOCAL" ? "DISTRICT" : "LOCAL";
  const rows: MarkRow[] = [
    ...LIF_CRITERIA.map((k) => ({ key: k.key, text: k.text, mine: party ? mark(party, k.key) : undefined, theirs: party ? mark(other, k.key) : undefined })),
    ...(party === "DISTRICT" ? LIF_CONFIRMATIONS.map((k) => ({ key: k.key, text: k.text, districtOnly: true, mine: mark("DISTRICT", k.key) })) : []),
  ];
  const deadline = c.deadline.toISOString().slice(0, 10);
  const said = (m?: { met: boolean; note: string | null }) => (m ? `${m.met ? "met" : "not met"}${m.note ? ` (${m.note})` : ""}` : "not marked");
  const review: LifReviewData = {
    reviewed: c.updatedAt.toISOString(),
    district: `${c.organization.code} — ${c.organization.name}`, local: c.local.name, schoolYear: c.schoolYear, deadline, recipient: c.recipient,
    allocation: allocation ? `${formatCents(allocation.amountCents)} (${allocation.source})` : null,
    meetings: c.meetings.map((m) => {
      const date = m.date.toISOString().slice(0, 10);
      return { id: m.id, date, attendees: `district ${m.districtAttendees}; local ${m.localAttendees}`, afterDeadline: date > deadline };
    }),
    criteria: LIF_CRITERIA.map((k) => ({ key: k.key, text: k.text, district: said(mark("DISTRICT", k.key)), local: said(mark("LOCAL", k.key)) })),
    confirmations: LIF_CONFIRMATIONS.map((k) => ({ key: k.key, text: k.text, district: mark("DISTRICT", k.key)?.met ? "yes" : "not yet" })),
    signatures: c.signatures.map((x) => `${x.party === "DISTRICT" ? "District" : "Local"}: ${x.name}, ${x.title}, signed ${x.signedOn.toISOString().slice(0, 10)}`),
  };
  const blocked = party === "DISTRICT" && status.missingForSignature.length ? `The district cannot sign yet: ${status.missingForSignature.join(" ")}`
    : party === "LOCAL" && !signed("DISTRICT") ? "The district signs the form first; the local's signature then completes it." : undefined;
  const bind = <A extends unknown[], R>(fn: (id: string, ...a: A) => R) => fn.bind(null, c.id) as (...a: A) => R;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">LIF consultation {c.schoolYear}: {c.organization.code} and {c.local.name}</h1>
        <p className="text-slate-700">{c.organization.name}</p>
      </div>
      <section aria-labelledby="status-h" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="status-h" className="text-lg font-semibold">Status</h2>
        <p className="mt-1 flex flex-wrap items-center gap-3">
          <LifStatusBadge status={status.status} />
          {/* The status key for scripts and checks; people read the badge's words. */}
          <span data-testid="lif-status" hidden>{status.status}</span>
          <span>Due to {c.recipient} by <strong>{c.deadline.toISOString().slice(0, 10)}</strong>{status.complete ? "" : ` — ${daysText(status.daysToDeadline)}`}</span>
        </p>
        <p className="mt-1 text-sm">LIF allocation {c.schoolYear}: {allocation ? `${formatCents(allocation.amountCents)} (${allocation.source})` : "not recorded yet"}</p>
        {!status.complete && status.missingForSignature.length && !locked ? (
          <div className="mt-2"><p className="text-sm font-medium">Before the district can sign:</p><ul className="list-disc pl-6 text-sm">{status.missingForSignature.map((m) => <li key={m}>{m}</li>)}</ul></div>
        ) : null}
        {c.declinedOn ? <p className="mt-2 text-sm">The local declined on {c.declinedOn.toISOString().slice(0, 10)}: {c.declineReasons}</p> : null}
        <details className="mt-2 text-sm"><summary className="cursor-pointer">How this status was worked out</summary><ul className="list-disc pl-6">{status.steps.map((s) => <li key={s}>{s}</li>)}</ul></details>
        <p className="mt-3"><a className="text-blue-800 underline" href={`/lif/${c.id}/form`}>Download the Confirmation of Genuine Consultation (PDF)</a></p>
      </section>
      <section aria-labelledby="meetings-h" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="meetings-h" className="text-lg font-semibold">Meetings</h2>
        <Meetings meetings={c.meetings} deadline={c.deadline.toISOString().slice(0, 10)} />
        {party && !locked ? <div className="mt-4"><h3 className="mb-2 font-semibold">Record a meeting</h3><MeetingForm action={bind(addMeetingAction)} today={today} /></div> : null}
      </section>
      <section aria-labelledby="criteria-h" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="criteria-h" className="text-lg font-semibold">Criteria of a genuine consultation</h2>
        <p className="mb-2 text-sm text-slate-700">Each party marks each criterion; the district also gives its two confirmations. The parties need not agree on how the LIF is used.</p>
        {party ? (
          <MarksForm action={bind(saveMarksAction)} rows={rows} party={party === "DISTRICT" ? "District" : "Local"} otherParty={party === "DISTRICT" ? "Local" : "District"} editable={!locked} version={c.version} />
        ) : (
          <ul className="list-disc pl-6 text-sm">{LIF_CRITERIA.map((k) => <li key={k.key}>{k.text}: district {mark("DISTRICT", k.key)?.met ? "met" : "not marked"}, local {mark("LOCAL", k.key)?.met ? "met" : "not marked"}</li>)}</ul>
        )}
        {party !== "DISTRICT" ? <ul className="mt-2 list-disc pl-6 text-sm">{LIF_CONFIRMATIONS.map((k) => <li key={k.key}>District confirms {k.text}: {mark("DISTRICT", k.key)?.met ? "yes" : "not yet"}</li>)}</ul> : null}
      </section>
      <section aria-labelledby="sign-h" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="sign-h" className="text-lg font-semibold">Signatures</h2>
        <ul className="mt-1 space-y-1 text-sm">
          {(["DISTRICT", "LOCAL"] as const).map((p) => {
            const s = signed(p);
            return <li key={p}><strong>{p === "DISTRICT" ? "District" : "Local"}:</strong> {s ? `${s.name}, ${s.title}, signed ${s.signedOn.toISOString().slice(0, 10)}` : "not signed"}</li>;
          })}
        </ul>
        {party && !signed(party) && !c.declinedOn ? (
          <div className="mt-3"><SignForm action={bind(signAction)} party={party === "DISTRICT" ? "district" : "local"} today={today} review={review} blocked={blocked} /></div>
        ) : null}
        {party === "LOCAL" && !signed("LOCAL") && !c.declinedOn ? <div className="mt-4 border-t border-slate-200 pt-3"><DeclineForm action={bind(declineAction)} today={today} review={review} /></div> : null}
        {party === "DISTRICT" && signed("LOCAL") && !c.submittedOn ? <div className="mt-4 border-t border-slate-200 pt-3"><SubmitForm action={bind(submitAction)} today={today} recipient={c.recipient} review={review} /></div> : null}
        {c.submittedOn ? <p className="mt-2 text-sm">Submitted to {c.recipient} on {c.submittedOn.toISOString().slice(0, 10)}.</p> : null}
      </section>
    </div>
  );
}
