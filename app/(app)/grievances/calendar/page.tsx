import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { canSeeGrievances, todayInBc } from "@/lib/dal/grievance-scope";
import { openDueItems, overdueItems, type DueItem } from "@/lib/dal/grievance-calendar";
import { grievorLine, monthGrid, monthTitle, profileLegend } from "@/lib/grievances/month";
import { weekdayDate } from "@/lib/format/dates";
import { noOuterLimit } from "@/lib/format/deadlines";
import { Citation } from "@/components/citation";
import { Forbidden } from "@/components/forbidden";
import { MonthOverdue } from "@/components/grievances/month-overdue";

export const metadata: Metadata = { title: "Deadlines by month" };

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const monthParam = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/**
 * The month's deadlines as a Monday-first grid; below the `md` breakpoint (phones) the same table reads as a list of
 * the days that have deadlines, so nothing overflows at 390 px.
 */
export default async function GrievanceCalendarPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const actor = await requireUser();
  if (!canSeeGrievances(actor)) return <Forbidden what="see grievances" />;
  const today = todayInBc();
  const asked = monthParam.safeParse((await searchParams).month);
  const g = monthGrid(asked.success ? asked.data : today.slice(0, 7));
  const [items, overdue] = await Promise.all([openDueItems(actor, { from: g.first, to: g.last }), overdueItems(actor, today)]);
  const byDay = new Map<string, DueItem[]>();
  for (const it of items) byDay.set(it.due, [...(byDay.get(it.due) ?? []), it]);
  const legend = profileLegend(items);
  const nav = "rounded-md border border-blue-800 px-3 py-1 text-blue-800 underline focus:outline-2";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Deadlines by month</h1>
        <Link className="text-blue-800 underline" href="/grievances">All grievances</Link>
      </div>
      <MonthOverdue items={overdue} today={today} />
      <nav aria-label="Months" className="flex flex-wrap items-center gap-3">
        <Link className={nav} href={`/grievances/calendar?month=${g.prev}`} rel="prev">← Previous month<span className="sr-only">: {monthTitle(g.prev)}</span></Link>
        <Link className={nav} href={`/grievances/calendar?month=${today.slice(0, 7)}`}>This month</Link>
        <Link className={nav} href={`/grievances/calendar?month=${g.next}`} rel="next">Next month<span className="sr-only">: {monthTitle(g.next)}</span> →</Link>
      </nav>
      <div className="space-y-1 text-slate-700" data-testid="month-calendars">
        <p>The next deadline of each open grievance you see, as stored with its last change; open a grievance for the days skipped.</p>
        {legend.length === 1 ? <p>Working days counted on: <span className="font-medium">{legend[0].profile}</span>.</p> : null}
        {legend.length > 1 ? (
          <>
            <p>Working days counted on:</p>
            <ul className="list-disc pl-5">
              {legend.map((l) => <li key={l.profile}><span className="font-medium">{l.profile}</span>: {l.labels.join(", ")}</li>)}
            </ul>
          </>
        ) : null}
      </div>
      <table className="block w-full border-collapse bg-white text-sm md:table md:table-fixed">
        <caption className="block p-2 text-left text-lg font-semibold md:table-caption">
          {g.title}: {items.length} deadline{items.length === 1 ? "" : "s"}
        </caption>
        <thead className="sr-only md:not-sr-only md:table-header-group">
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col" abbr={d} className="border border-slate-300 p-1 text-left">{d.slice(0, 3)}</th>
            ))}
          </tr>
        </thead>
        <tbody className="block md:table-row-group">
          {g.weeks.map((w, i) => (
            <tr key={i} className="block md:table-row">
              {w.map((d, k) => {
                const due = d ? byDay.get(d) ?? [] : [];
                // On phones only the days with deadlines are listed.
                const phone = due.length ? "mb-2 block rounded-md" : "hidden";
                return (
                  <td key={k} className={`${phone} border border-slate-300 p-1 align-top md:table-cell md:h-24 md:rounded-none ${d === today ? "bg-blue-50" : d ? "" : "bg-slate-100"}`}>
                    {d ? (
                      <>
                        <p className="font-mono text-xs text-slate-700">
                          <time dateTime={d}><span className="md:hidden">{weekdayDate(d, today)}</span><span className="hidden md:inline">{Number(d.slice(8))}</span></time>
                          {d === today ? <span className="sr-only"> (today)</span> : null}
                        </p>
                        <ul className="mt-1 space-y-1">
                          {due.map((it) => (
                            <li key={it.id} data-testid="month-item" className="break-words">
                              <Link className="font-mono text-blue-800 underline" href={`/grievances/${it.id}`}>{it.label}</Link>
                              {it.due < today && !noOuterLimit(it.agreement, it.ruleId) ? <span className="block font-semibold text-red-800">Overdue</span> : null}
                              <span className="block">{it.action}</span>
                              {it.article ? <span className="block">Art. <Citation agreement={it.agreement} article={it.article} /></span> : null}
                              <span className="block text-xs text-slate-700">{grievorLine(it.grievors, it.grievorNumbers, it.grievorCount)}</span>
                            </li>
                          ))}
                        </ul>
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 ? <p className="rounded-md border border-slate-300 bg-white p-3">No open grievance has its next deadline in {g.title}.</p> : null}
    </div>
  );
}
