import type { Deadline } from "@/lib/rules/grievances";
import { Citation } from "@/components/citation";

const PARTY = { union: "the local", employer: "the employer", either: "either party", arbitrator: "the arbitrator" } as const;

function daysLeft(d: Deadline) {
  if (d.paused) return "time stopped";
  if (d.workingDaysLeft === null) return "";
  if (d.overdue) return `overdue by ${-d.workingDaysLeft} working day${d.workingDaysLeft === -1 ? "" : "s"}`;
  return `${d.workingDaysLeft} working day${d.workingDaysLeft === 1 ? "" : "s"} left`;
}

function Explanation({ d }: { d: Deadline }) {
  const e = d.explanation;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-blue-800 underline">How this date was counted</summary>
      <p className="mt-1"><span className="font-medium">Calendar:</span> {e.profile.label}</p>
      <p><span className="font-medium">District closures:</span> {e.closureNote}</p>
      <p><span className="font-medium">From:</span> {d.trigger.label}, {d.trigger.date} (day 0)</p>
      <ol className="mt-1 list-decimal pl-6">{e.steps.map((s, i) => <li key={i}>{s}</li>)}</ol>
      {e.skipped.length ? (
        <p className="mt-1"><span className="font-medium">Days skipped:</span> {e.skipped.map((s) => `${s.date} (${s.reason})`).join(", ")}</p>
      ) : <p className="mt-1">No weekday was skipped.</p>}
      {e.warnings.length ? <ul className="mt-1 list-disc pl-6 text-amber-900">{e.warnings.map((w) => <li key={w}>{w}</li>)}</ul> : null}
      {e.interpretations.length ? <p className="mt-1 text-slate-700">Interpretations applied: {e.interpretations.join(", ")}</p> : null}
    </details>
  );
}

/** The next deadline (with its article, profile and arithmetic) and every other open one. */
export function DeadlinePanel({ agreement, deadlines, status }: { agreement: string; deadlines: Deadline[]; status: string }) {
  const [next, ...rest] = deadlines;
  if (!next)
    return (
      <section aria-labelledby="next-h" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="next-h" className="text-lg font-semibold">Next deadline</h2>
        <p data-testid="next-deadline">No time limit is running ({status.toLowerCase().replace("_", " ")}).</p>
      </section>
    );
  const tone = next.overdue ? "border-red-700 bg-red-50" : "border-blue-800 bg-blue-50";
  return (
    <section aria-labelledby="next-h" className={`rounded-lg border-2 p-4 ${tone}`}>
      <h2 id="next-h" className="text-lg font-semibold">Next deadline</h2>
      <div data-testid="next-deadline" className="mt-1">
        <p className="text-xl font-bold">
          {next.overdue ? <span className="mr-2 rounded bg-red-800 px-2 py-0.5 text-sm text-white">Overdue</span> : null}
          {next.due ? <time dateTime={next.due}>{next.due}</time> : "Time stopped"} — {next.action}
        </p>
        <p>
          Article <Citation agreement={agreement} article={next.article} /> · by {PARTY[next.party]} · {daysLeft(next)}
          {next.extended ? ` · extended in writing (was ${next.computedDue})` : ""}
        </p>
        <p className="text-sm text-slate-700">Calendar: {next.explanation.profile.label}</p>
        <p className="text-sm text-slate-700">{next.explanation.closureNote}</p>
        {next.note ? <p className="text-sm text-slate-700">{next.note}</p> : null}
      </div>
      <Explanation d={next} />
      {rest.length ? (
        <>
          <h3 className="mt-4 font-semibold">Other open deadlines</h3>
          <ul className="mt-1 space-y-2">
            {rest.map((d) => (
              <li key={d.ruleId} className="rounded border border-slate-300 bg-white p-2">
                <p>
                  <span className="font-medium">{d.due ?? "Time stopped"}</span> — {d.action} (<Citation agreement={agreement} article={d.article} />) · {daysLeft(d)}
                  {d.overdue ? <span className="ml-2 font-semibold text-red-800">Overdue</span> : null}
                </p>
                <Explanation d={d} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
