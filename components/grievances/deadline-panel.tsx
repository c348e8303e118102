import type { Deadline } from "@/lib/rules/grievances";
import { Citation } from "@/components/citation";
import { InterpretationLinks } from "@/components/interpretation-links";
import { deadlineText, weekdayDate } from "@/lib/format/dates";
import { noOuterLimit } from "@/lib/format/deadlines";

const PARTY = { union: "the local", employer: "the employer", either: "either party", arbitrator: "the arbitrator" } as const;

/** The due date in words: "Overdue since Fri Dec 4 (1 working day)", "Earliest date: … — no outer limit" (A.6.3.a). */
function when(agreement: string, d: Deadline, today: string) {
  if (d.paused || !d.due) return "Time stopped (held in abeyance)";
  return deadlineText({ due: d.due, workingDaysLeft: d.workingDaysLeft, noOuterLimit: noOuterLimit(agreement, d.ruleId) }, today);
}

function Explanation({ agreement, d }: { agreement: string; d: Deadline }) {
  const e = d.explanation;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-blue-800 underline">How this date was counted</summary>
      <p className="mt-1"><span className="font-medium">Calendar:</span> {e.profile.label}</p>
      <p><span className="font-medium">District closures:</span> {e.closureNote}</p>
      <p><span className="font-medium">From:</span> {d.trigger.label}, {weekdayDate(d.trigger.date)} (counting starts the next working day)</p>
      <ol className="mt-1 list-decimal pl-6">{e.steps.map((s, i) => <li key={i}>{s}</li>)}</ol>
      {e.skipped.length ? (
        <p className="mt-1"><span className="font-medium">Days skipped:</span> {e.skipped.map((s) => `${weekdayDate(s.date)} (${s.reason})`).join(", ")}</p>
      ) : <p className="mt-1">No weekday was skipped.</p>}
      {e.warnings.length ? <ul className="mt-1 list-disc pl-6 text-amber-900">{e.warnings.map((w) => <li key={w}>{w}</li>)}</ul> : null}
      <InterpretationLinks agreement={agreement} ids={e.interpretations} className="mt-1 text-slate-700" />
    </details>
  );
}

/** The next deadline (with its article, profile and arithmetic) and every other open one. */
export function DeadlinePanel({ agreement, deadlines, status, today, whyNone }: {
  agreement: string; deadlines: Deadline[]; status: string; today: string;
  /** When no limit runs on an open grievance: why, and what to record next. */
  whyNone?: React.ReactNode;
}) {
  const [next, ...rest] = deadlines;
  if (!next)
    return (
      <section aria-labelledby="next-h" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="next-h" className="text-lg font-semibold">Next deadline</h2>
        <p data-testid="next-deadline">No time limit is running{status === "OPEN" || status === "AT_ARBITRATION" ? "." : ` (the grievance is ${status.toLowerCase().replace("_", " ")}).`}</p>
        {whyNone}
      </section>
    );
  const tone = next.overdue ? "border-red-700 bg-red-50" : "border-blue-800 bg-blue-50";
  return (
    <section aria-labelledby="next-h" className={`rounded-lg border-2 p-4 ${tone}`}>
      <h2 id="next-h" className="text-lg font-semibold">Next deadline</h2>
      <div data-testid="next-deadline" className="mt-1">
        <p className="text-xl font-bold">
          {next.overdue ? <span className="mr-2 rounded bg-red-800 px-2 py-0.5 text-sm text-white">Overdue</span> : null}
          {next.due ? <time dateTime={next.due}>{when(agreement, next, today)}</time> : "Time stopped"} — {next.action}
          {next.due ? <span className="ml-2 text-sm font-normal text-slate-700">({next.due})</span> : null}
        </p>
        <p>
          Article <Citation agreement={agreement} article={next.article} /> · by {PARTY[next.party]}
          {next.extended ? ` · extended in writing (was ${next.computedDue})` : ""}
        </p>
        <p className="text-sm text-slate-700">Calendar: {next.explanation.profile.label}</p>
        <p className="text-sm text-slate-700">{next.explanation.closureNote}</p>
        {next.note ? <p className="text-sm text-slate-700">{next.note}</p> : null}
      </div>
      <Explanation agreement={agreement} d={next} />
      {rest.length ? (
        <>
          <h3 className="mt-4 font-semibold">Other open deadlines</h3>
          <ul className="mt-1 space-y-2">
            {rest.map((d) => (
              <li key={d.ruleId} className="rounded border border-slate-300 bg-white p-2">
                <p>
                  <span className={`font-medium ${d.overdue ? "text-red-800" : ""}`}>{when(agreement, d, today)}</span> — {d.action} (<Citation agreement={agreement} article={d.article} />)
                </p>
                <Explanation agreement={agreement} d={d} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
