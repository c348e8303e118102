import Link from "@/components/ui/link";
import type { homeSummary } from "@/lib/dal/home";
import { weekdayDate } from "@/lib/format/dates";

type Summary = Awaited<ReturnType<typeof homeSummary>>;
type Item = { href: string; text: string; urgent: boolean };

/** The few things that need this person first, most urgent at the top; built from what the page already read. */
export function actionItems(s: Summary): Item[] {
  const items: Item[] = [];
  const d = s.deadlines;
  if (d?.overdue.length) items.push({ href: "/grievances?due=overdue", text: `${d.overdue.length} grievance deadline${d.overdue.length === 1 ? " is" : "s are"} overdue (oldest since ${weekdayDate(d.overdue[0].due, s.today)})`, urgent: true });
  for (const o of s.work?.pendingOffers ?? []) if (o.closed) items.push({ href: `/recall/${o.entryId}`, text: `Record ${o.employee}'s answer to the recall offer (window closed)`, urgent: true });
  for (const l of s.lif) if (l.status === "overdue") items.push({ href: `/lif/${l.id}`, text: `LIF consultation ${l.title} is past its deadline`, urgent: true });
  if (d?.thisWeek.length) items.push({ href: "/grievances?due=week", text: `${d.thisWeek.length} grievance deadline${d.thisWeek.length === 1 ? "" : "s"} this week (first ${weekdayDate(d.thisWeek[0].due, s.today)}: ${d.thisWeek[0].label})`, urgent: false });
  for (const p of s.work?.openPeriods ?? []) items.push({ href: `/ttoc/${p.id}`, text: `${p.district} TTOC pay period ${weekdayDate(p.start, s.today)} – ${weekdayDate(p.end, s.today)}: ${p.lines === 0 ? "enter the callouts" : p.computed ? "check and approve" : "run the calculation"}`, urgent: false });
  for (const l of s.lif) {
    const mine = (s.district && l.status === "ready-to-sign") || (s.union && l.status === "signed-by-district");
    if (mine) items.push({ href: `/lif/${l.id}`, text: `LIF consultation ${l.title}: ready for your signature`, urgent: false });
  }
  return items.slice(0, 6);
}

export function ActionFirst({ summary }: { summary: Summary }) {
  const items = actionItems(summary);
  return (
    <section aria-labelledby="action-first-h" data-testid="action-first" className="rounded-lg border-2 border-blue-800 bg-blue-50 p-4">
      <h2 id="action-first-h" className="text-lg font-semibold">Needs your action first</h2>
      {items.length === 0 ? <p className="mt-1">Nothing is overdue or waiting on you today.</p> : (
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {items.map((i) => (
            <li key={i.href + i.text}>
              <Link className={`underline ${i.urgent ? "font-semibold text-red-800" : "text-blue-800"}`} href={i.href}>{i.text}</Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
