import Link from "next/link";
import type { Metadata } from "next";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { canSeeGrievances, todayInBc } from "@/lib/dal/grievance-scope";
import { openDueItems, type DueItem } from "@/lib/dal/grievance-calendar";
import { monthGrid, monthTitle } from "@/lib/grievances/month";
import { Citation } from "@/components/citation";
import { Forbidden } from "@/components/forbidden";

export const metadata: Metadata = { title: "Deadlines by month" };

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const monthParam = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export default async function GrievanceCalendarPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const actor = await requireUser();
  if (!canSeeGrievances(actor)) return <Forbidden what="see grievances" />;
  const today = todayInBc();
  const asked = monthParam.safeParse((await searchParams).month);
  const g = monthGrid(asked.success ? asked.data : today.slice(0, 7));
  const items = await openDueItems(actor, { from: g.first, to: g.last });
  const byDay = new Map<string, DueItem[]>();
  for (const it of items) byDay.set(it.due, [...(byDay.get(it.due) ?? []), it]);
  const nav = "rounded-md border border-blue-800 px-3 py-1 text-blue-800 underline focus:outline-2";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Deadlines by month</h1>
        <Link className="text-blue-800 underline" href="/grievances">All grievances</Link>
      </div>
      <nav aria-label="Months" className="flex flex-wrap items-center gap-3">
        <Link className={nav} href={`/grievances/calendar?month=${g.prev}`} rel="prev">← Previous month<span className="sr-only">: {monthTitle(g.prev)}</span></Link>
        <Link className={nav} href={`/grievances/calendar?month=${today.slice(0, 7)}`}>This month</Link>
        <Link className={nav} href={`/grievances/calendar?month=${g.next}`} rel="next">Next month<span className="sr-only">: {monthTitle(g.next)}</span> →</Link>
      </nav>
      <p className="text-slate-700">
        The next deadline of each open grievance you see, as stored with its last change; open a grievance for its calendar profile and the days skipped.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full table-fixed border-collapse bg-white text-sm">
          <caption className="p-2 text-left text-lg font-semibold">
            {g.title}: {items.length} deadline{items.length === 1 ? "" : "s"}
          </caption>
          <thead>
            <tr>
              {WEEKDAYS.map((d) => (
                <th key={d} scope="col" abbr={d} className="border border-slate-300 p-1 text-left">{d.slice(0, 3)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {g.weeks.map((w, i) => (
              <tr key={i}>
                {w.map((d, k) => (
                  <td key={k} className={`h-24 border border-slate-300 p-1 align-top ${d === today ? "bg-blue-50" : d ? "" : "bg-slate-100"}`}>
                    {d ? (
                      <>
                        <p className="font-mono text-xs text-slate-700"><time dateTime={d}>{Number(d.slice(8))}</time>{d === today ? <span className="sr-only"> (today)</span> : null}</p>
                        <ul className="mt-1 space-y-1">
                          {(byDay.get(d) ?? []).map((it) => (
                            <li key={it.id} data-testid="month-item">
                              <Link className="font-mono text-blue-800 underline" href={`/grievances/${it.id}`}>{it.label}</Link>
                              <span className="block">{it.action}</span>
                              {it.article ? <span className="block">Art. <Citation agreement={it.agreement} article={it.article} /></span> : null}
                              <span className="block text-xs text-slate-600">Calendar: {it.profile}</span>
                            </li>
                          ))}
                        </ul>
                      </>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {items.length === 0 ? <p className="rounded-md border border-slate-300 bg-white p-3">No open grievance has its next deadline in {g.title}.</p> : null}
    </div>
  );
}
