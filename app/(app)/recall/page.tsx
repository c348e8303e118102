import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { EXPIRY_ALERT_DAYS, listRecall } from "@/lib/dal/recall";
import { todayInBC } from "@/lib/dal/dates";
import { relativeDays } from "@/lib/format/dates";
import { Forbidden } from "@/components/forbidden";
import { Cites } from "@/components/layoffs/explained";
import { VacancyOrder } from "@/components/recall/vacancy-order";
import { first } from "@/lib/search-params";

export const metadata: Metadata = { title: "Recall list" };

const STATUS: Record<string, string> = { ACTIVE: "On the list", RECALLED: "Recalled", LOST: "Rights lost" };

export default async function RecallPage({ searchParams }: { searchParams: Promise<{ classification?: string | string[] }> }) {
  const actor = await requireUser();
  const today = todayInBC();
  const lists = await listRecall(actor, today);
  if (!lists.length) return <Forbidden what="see the recall list" />;
  const classification = first((await searchParams).classification);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Recall list</h1>
      {lists.map((l) => (
        <section key={l.id} aria-labelledby={`rl-${l.orgCode}`} className="space-y-4">
          <h2 id={`rl-${l.orgCode}`} className="text-xl font-semibold">{l.orgCode} — {l.rulesId === "sd73-teachers" ? "in decreasing order of seniority (C.12.1.c.i)" : "last laid off, first recalled, within the general classification (17.04)"}</h2>
          <section aria-labelledby={`exp-${l.orgCode}`} className={`rounded-md border p-3 ${l.expiringSoon.length ? "border-amber-500 bg-amber-50" : "border-slate-300 bg-white"}`}>
            <h3 id={`exp-${l.orgCode}`} className="font-semibold">Rights that expire within {EXPIRY_ALERT_DAYS} days</h3>
            {l.expiringSoon.length === 0 ? <p className="text-sm">None.</p> : (
              <ul className="ml-5 list-disc text-sm">{l.expiringSoon.map((r) => <li key={r.id}><Link className="text-blue-800 underline" href={`/recall/${r.id}`}>{r.employee.name}</Link>: {r.rulesId === "sd73-teachers" ? "recall rights expire" : "seniority is lost"} on {r.expiresOn} ({relativeDays(r.expiresOn, today)}, {r.expiryArticle})</li>)}</ul>
            )}
          </section>
          {l.rows.length === 0 ? <p className="rounded-md border border-slate-300 bg-white p-4">Nobody is on the recall list. Confirmed layoffs appear here.</p> : (
            <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
              <table className="min-w-full text-sm">
                <caption className="px-3 py-2 text-left font-semibold">{l.orgCode} recall list</caption>
                <thead className="bg-slate-100 text-left"><tr>{["#", "Employee", "Laid off", l.rulesId === "sd73-teachers" ? "Seniority days" : "Seniority date", "Offers", "Refusals", l.rulesId === "sd73-teachers" ? "Rights expire" : "Seniority lost on", "Status"].map((h) => <th key={h} scope="col" className="px-3 py-2">{h}</th>)}</tr></thead>
                <tbody>
                  {l.rows.map((r, k) => (
                    <tr key={r.id} className="border-t border-slate-200 align-top">
                      <td className="px-3 py-2">{r.active ? l.active.indexOf(r) + 1 : "—"}</td>
                      <th scope="row" className="px-3 py-2 text-left font-normal"><Link className="text-blue-800 underline" href={`/recall/${r.id}`}>{r.employee.name}</Link><span className="block text-xs text-slate-600">{r.employee.number} · {r.employee.classification ?? ""}</span></th>
                      <td className="px-3 py-2">{r.layoffEffectiveDate}</td>
                      <td className="px-3 py-2">{r.rulesId === "sd73-teachers" ? (r.seniorityDays ?? "—") : (r.seniorityDate ?? "—")}</td>
                      <td className="px-3 py-2">{r.offers.length}{r.pendingOfferId ? <span className="block text-xs">answer due {r.offers.find((o) => o.id === r.pendingOfferId)?.respondBy}</span> : null}</td>
                      <td className="px-3 py-2">{r.refusals}{r.rulesId === "sd73-teachers" ? ` (${r.countedRefusals} counted of 2)` : ""}</td>
                      <td className="px-3 py-2">{r.expiresOn}{r.active && r.daysLeft <= EXPIRY_ALERT_DAYS ? <strong className="block text-xs text-amber-900">expires within {EXPIRY_ALERT_DAYS} days</strong> : null} <Cites agreement={r.rulesId} citations={[r.expiryArticle]} /></td>
                      <td className="px-3 py-2" data-k={k}>{STATUS[r.status] ?? r.status}{r.lostReason && r.status !== "ACTIVE" ? <span className="block text-xs">{r.lostReason}</span> : null}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {l.rulesId === "sd71-cupe439" && l.active.length ? <VacancyOrder classification={classification} /> : null}
        </section>
      ))}
    </div>
  );
}
