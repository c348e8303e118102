import Link from "@/components/ui/link";
import { weekdayDate } from "@/lib/format/dates";
import { LIF_NEXT_STEP, LIF_STATUS_LABELS, labelOf } from "@/lib/format/labels";

type Item = { id: string; title: string; status: string; deadline: string; daysToDeadline: number; missing: number; complete: boolean };

/** Each LIF consultation the actor takes part in: status, deadline, what is missing and the next step. */
export function LifStatus({ items, today }: { items: Item[]; today: string }) {
  return (
    <section aria-labelledby="lif-status-h" data-testid="lif-status" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <h2 id="lif-status-h" className="text-lg font-semibold">LIF consultations <Link className="ml-2 text-sm font-normal text-blue-800 underline" href="/lif">All LIF consultations</Link></h2>
      {items.length === 0 ? <p className="mt-2 text-sm text-slate-700">No consultation yet: open one from All LIF consultations.</p> : (
        <ul className="mt-2 space-y-2">
          {items.map((i) => (
            <li key={i.id}>
              <Link className="font-medium text-blue-800 underline" href={`/lif/${i.id}`}>{i.title}</Link>: {labelOf(LIF_STATUS_LABELS, i.status)}
              <span className="block text-sm text-slate-700">
                {i.complete ? "Complete." : `Deadline ${weekdayDate(i.deadline, today)} (${i.daysToDeadline >= 0 ? `${i.daysToDeadline} day${i.daysToDeadline === 1 ? "" : "s"} left` : `${-i.daysToDeadline} day${i.daysToDeadline === -1 ? "" : "s"} past`})`}
                {i.missing ? ` · ${i.missing} item${i.missing === 1 ? "" : "s"} outstanding before signing` : ""}
              </span>
              <span className="block text-sm">Next step: {LIF_NEXT_STEP[i.status] ?? "Open the consultation"}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
