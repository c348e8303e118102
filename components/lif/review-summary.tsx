/** What a signature (or the submission) covers, as stored now: shown on the review step before the confirm button. */
export interface LifReviewData {
  /** The consultation's updatedAt when the page was rendered: the confirm is refused if it has moved on since. */
  reviewed: string;
  district: string; local: string; schoolYear: string; deadline: string; recipient: string; allocation: string | null;
  meetings: Array<{ id: string; date: string; attendees: string; afterDeadline: boolean }>;
  criteria: Array<{ key: string; text: string; district: string; local: string }>;
  confirmations: Array<{ key: string; text: string; district: string }>;
  signatures: string[];
}

export function LifReviewSummary({ data, headingId, title, typed }: { data: LifReviewData; headingId: string; title: string; typed: Array<[string, string]> }) {
  return (
    <section aria-labelledby={headingId} data-testid="lif-review" className="space-y-3 rounded-md border border-slate-400 bg-slate-50 p-3 text-sm">
      <h3 id={headingId} className="text-base font-semibold">{title}</h3>
      <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">District</dt><dd>{data.district}</dd>
        <dt className="font-medium">Union local</dt><dd>{data.local}</dd>
        <dt className="font-medium">School year</dt><dd>{data.schoolYear}</dd>
        <dt className="font-medium">LIF allocation</dt><dd>{data.allocation ?? "not recorded"}</dd>
        <dt className="font-medium">Due to</dt><dd>{data.recipient} by {data.deadline}</dd>
      </dl>
      <div>
        <h4 className="font-medium">Meetings</h4>
        {data.meetings.length ? (
          <ul className="list-disc pl-6">{data.meetings.map((m) => <li key={m.id}>{m.date}{m.afterDeadline ? " (after the deadline)" : ""}: {m.attendees}</li>)}</ul>
        ) : <p>No meetings recorded.</p>}
      </div>
      <div>
        <h4 className="font-medium">Criteria of a genuine consultation</h4>
        <ul className="list-disc pl-6">{data.criteria.map((c) => <li key={c.key}>{c.text}: district {c.district}; local {c.local}</li>)}</ul>
      </div>
      <div>
        <h4 className="font-medium">The district confirms</h4>
        <ul className="list-disc pl-6">{data.confirmations.map((c) => <li key={c.key}>{c.text}: {c.district}</li>)}</ul>
      </div>
      {data.signatures.length ? (
        <div><h4 className="font-medium">Already signed</h4><ul className="list-disc pl-6">{data.signatures.map((s) => <li key={s}>{s}</li>)}</ul></div>
      ) : null}
      <div>
        <h4 className="font-medium">As typed</h4>
        <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[max-content_1fr]">{typed.map(([k, v]) => <div key={k} className="contents"><dt className="font-medium">{k}</dt><dd data-testid={`lif-review-${k.toLowerCase().replace(/\s+/g, "-")}`}>{v}</dd></div>)}</dl>
      </div>
    </section>
  );
}
