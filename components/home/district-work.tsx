import Link from "@/components/ui/link";
import { weekdayDate } from "@/lib/format/dates";

type Work = {
  openPeriods: Array<{ id: string; district: string; start: string; end: string; lines: number; computed: boolean }>;
  draftLayoffs: Array<{ id: string; name: string; district: string; created: string }>;
  pendingOffers: Array<{ id: string; entryId: string; position: string; respondBy: Date; closed: boolean; employee: string }>;
};

const link = "text-blue-800 underline";
const bc = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "America/Vancouver", weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" }).format(d);

/** The HR clerk's desk: TTOC pay periods to run and approve, layoffs not yet confirmed, recall offers awaiting an answer. */
export function DistrictWork({ work, today }: { work: Work; today: string }) {
  return (
    <section aria-labelledby="district-work-h" data-testid="district-work" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <h2 id="district-work-h" className="text-lg font-semibold">District work</h2>
      <h3 className="mt-3 font-semibold">TTOC pay periods open <Link className={`${link} ml-2 text-sm font-normal`} href="/ttoc">All pay periods</Link></h3>
      {work.openPeriods.length === 0 ? (
        <p className="text-sm text-slate-700">No period is open. <Link className={link} href="/ttoc">Create the next pay period</Link>.</p>
      ) : (
        <ul className="mt-1 space-y-2">
          {work.openPeriods.map((p) => (
            <li key={p.id} data-testid="open-period">
              <Link className={`${link} font-medium`} href={`/ttoc/${p.id}`}>{p.district} pay period {weekdayDate(p.start, today)} – {weekdayDate(p.end, today)}</Link>
              <span className="block text-sm">
                {p.lines} line{p.lines === 1 ? "" : "s"} · Open · Next step: {p.lines === 0 ? "import or enter the callouts" : p.computed ? "check the lines, then approve" : "run the pay calculation"}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-4 font-semibold">Layoffs awaiting confirmation and notice</h3>
      {work.draftLayoffs.length === 0 ? <p className="text-sm text-slate-700">No draft layoff scenario.</p> : (
        <ul className="mt-1 space-y-1">
          {work.draftLayoffs.map((d) => (
            <li key={d.id}><Link className={link} href={`/layoffs/${d.id}`}>{d.name}</Link> <span className="text-sm text-slate-700">({d.district}, draft since {weekdayDate(d.created, today)}; nothing changes until it is confirmed)</span></li>
          ))}
        </ul>
      )}
      <h3 className="mt-4 font-semibold">Recall offers awaiting an answer</h3>
      {work.pendingOffers.length === 0 ? <p className="text-sm text-slate-700">No offer is waiting for an answer.</p> : (
        <ul className="mt-1 space-y-1">
          {work.pendingOffers.map((o) => (
            <li key={o.id}>
              <Link className={link} href={`/recall/${o.entryId}`}>{o.employee}</Link> — {o.position}
              <span className={`block text-sm ${o.closed ? "font-medium text-red-800" : "text-slate-700"}`}>
                {o.closed ? "Answer window closed" : "Answer due"} {bc(o.respondBy)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
