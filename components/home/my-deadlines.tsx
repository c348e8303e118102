import Link from "@/components/ui/link";
import type { HomeDeadline } from "@/lib/dal/home";
import { deadlineText } from "@/lib/format/dates";
import { noOuterLimit } from "@/lib/format/deadlines";
import { Citation } from "@/components/citation";

function Group({ id, title, rows, today, empty, tone }: { id: string; title: string; rows: HomeDeadline[]; today: string; empty: string; tone: string }) {
  return (
    <section aria-labelledby={id} className="mt-3">
      <h3 id={id} className={`font-semibold ${rows.length ? tone : ""}`}>{title}{rows.length ? <span className="font-normal text-slate-700"> ({rows.length})</span> : null}</h3>
      {rows.length === 0 ? <p className="text-sm text-slate-700">{empty}</p> : (
        <ul className="mt-1 divide-y divide-slate-200">
          {rows.map((r) => (
            <li key={r.id} className="py-2" data-testid="deadline-item">
              <Link href={`/grievances/${r.id}`} className="block rounded hover:bg-blue-50">
                <span className="font-mono font-semibold text-blue-800 underline">{r.label}</span>
                <span className="ml-2">{r.grievors.length ? r.grievors.join(", ") + (r.grievorCount > 3 ? ` +${r.grievorCount - 3}` : "") : "Group or policy grievance"}</span>
                <span className="block">{r.action}</span>
                <span className={`block text-sm font-medium ${r.due < today ? "text-red-800" : "text-slate-800"}`}>
                  {deadlineText({ due: r.due, workingDaysLeft: r.workingDaysLeft, noOuterLimit: noOuterLimit(r.agreement, r.ruleId) }, today)}
                </span>
              </Link>
              {r.article ? <span className="text-sm text-slate-700">Article <Citation agreement={r.agreement} article={r.article} /></span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Overdue, this week and next week: each grievance's next deadline, linked to the grievance. */
export function MyDeadlines({ d, today }: { d: { overdue: HomeDeadline[]; thisWeek: HomeDeadline[]; nextWeek: HomeDeadline[] }; today: string }) {
  const none = d.overdue.length + d.thisWeek.length + d.nextWeek.length === 0;
  return (
    <section aria-labelledby="my-deadlines-h" data-testid="my-deadlines" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <h2 id="my-deadlines-h" className="text-lg font-semibold">My deadlines</h2>
      {none ? (
        <p className="mt-2">No grievance deadline is overdue or due before the end of next week. <Link className="text-blue-800 underline" href="/grievances">See all grievances</Link>.</p>
      ) : (
        <>
          <Group id="dl-overdue" title="Overdue" rows={d.overdue} today={today} empty="Nothing overdue." tone="text-red-800" />
          <Group id="dl-this" title="This week" rows={d.thisWeek} today={today} empty="Nothing else due this week." tone="" />
          <Group id="dl-next" title="Next week" rows={d.nextWeek} today={today} empty="Nothing due next week." tone="" />
          <p className="mt-3 text-sm"><Link className="text-blue-800 underline" href="/grievances">All grievances</Link> · <Link className="text-blue-800 underline" href={`/grievances/calendar?month=${today.slice(0, 7)}`}>Month view</Link></p>
        </>
      )}
    </section>
  );
}
