import type { Workflow } from "@/lib/rules/grievances";
import type { NextEvents } from "@/lib/grievances/next-events";
import { weekdayDate } from "@/lib/format/dates";

/** Why no time limit runs on an open grievance, and what to record so that one does. */
export function NoLimitHelp({ w, n, canRecord }: { w: Workflow; n: NextEvents; canRecord: boolean }) {
  const label = (k: string) => w.events[k]?.label ?? "the next step";
  return (
    <div data-testid="no-limit-why" className="mt-2 space-y-1 rounded-md border border-amber-700 bg-amber-50 p-3 text-sm">
      {n.skipped.length ? (
        <p>
          <span className="font-semibold">A step seems to be missing.</span> {n.last ? `“${label(n.last.type)}” was recorded on ${weekdayDate(n.last.date)}, but ` : ""}
          “{label(n.skipped[0])}” never was, and that is the event the next time limit counts from.
          If it happened, record it with its date (the same day as the meeting if the meeting was requested then).
        </p>
      ) : (
        <p>
          {n.last ? `The last step recorded, “${label(n.last.type)}” (${weekdayDate(n.last.date)}), starts no time limit of its own.` : "No step has been recorded yet."}
        </p>
      )}
      {canRecord && n.likely.length ? <p>What to record next: {n.likely.slice(0, 3).map(label).join("; or ")}.</p> : null}
    </div>
  );
}
