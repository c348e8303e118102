import Link from "@/components/ui/link";
import type { OverdueItem } from "@/lib/dal/grievance-calendar";
import { deadlineText } from "@/lib/format/dates";
import { grievorLine } from "@/lib/grievances/month";
import { Citation } from "@/components/citation";

/** Open grievances whose next deadline has passed, above the month grid whatever month is shown. */
export function MonthOverdue({ items, today }: { items: OverdueItem[]; today: string }) {
  if (items.length === 0) {
    return (
      <section aria-labelledby="overdue-heading" data-testid="month-overdue" className="rounded-lg border border-slate-300 bg-white p-3">
        <h2 id="overdue-heading" className="text-lg font-semibold">Nothing overdue</h2>
        <p className="text-slate-800">No open grievance you see has a deadline that has passed.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="overdue-heading" data-testid="month-overdue" className="rounded-lg border border-red-700 bg-red-50 p-3">
      <h2 id="overdue-heading" className="text-lg font-semibold text-red-900">Overdue: {items.length === 1 ? "1 grievance" : `${items.length} grievances`}</h2>
      <ul className="mt-2 space-y-2">
          {items.map((it) => (
            <li key={it.id} data-testid="overdue-item" className="rounded-md border border-red-300 bg-white p-2">
              <Link className="font-mono font-semibold text-blue-800 underline" href={`/grievances/${it.id}`}>{it.label}</Link>
              <span className="ml-2 font-semibold text-red-800">{deadlineText({ due: it.due, workingDaysLeft: it.workingDaysLeft }, today)}</span>
              <span className="block">{it.action}{it.article ? <> (<Citation agreement={it.agreement} article={it.article} />)</> : null}</span>
              <span className="block text-sm text-slate-700">{grievorLine(it.grievors, it.grievorNumbers, it.grievorCount)}</span>
            </li>
          ))}
      </ul>
    </section>
  );
}
