import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { listRoster } from "@/lib/dal/ttoc-roster";
import { orNotFound } from "@/lib/not-found";
import { first, pageNumber } from "@/lib/search-params";

export const metadata: Metadata = { title: "TTOC roster" };

export default async function RosterPage({ searchParams }: { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> }) {
  const sp = await searchParams;
  const actor = await requireUser();
  const q = (first(sp.q) ?? "").slice(0, 80);
  const r = await orNotFound(listRoster(actor, { q, page: pageNumber(sp.page) }));
  const link = (page: number) => `/ttoc/roster?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page) })}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">TTOC roster</h1>
        <p className="max-w-3xl text-slate-700">Each TTOC&apos;s placement today (certificated at a category and step, B.2.6, or a non-certificated substitute, B.2.8), the C.4 experience banked toward the next increment (170 FTE days = 1 year) and the C.2.3 seniority accrued, all derived from their recorded days. <Link className="text-blue-800 underline" href="/ttoc">Pay periods</Link> · <Link className="text-blue-800 underline" href="/ttoc/schools">School hours</Link></p>
      </div>
      <form role="search" aria-label="Find a TTOC" className="flex items-end gap-3" action="/ttoc/roster">
        <div>
          <label htmlFor="roster-q" className="block text-sm font-medium">Name or employee number</label>
          <input id="roster-q" name="q" defaultValue={q} className="mt-1 rounded-md border border-slate-400 px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-medium text-white">Search</button>
      </form>
      {r.rows.length === 0 ? <p className="rounded-md border border-slate-300 bg-white p-4">No TTOCs{q ? ` match “${q}”` : ""}.</p> : (
        <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">TTOCs, {r.count} in all, page {r.page} of {r.pageCount}</caption>
            <thead className="bg-slate-100 text-left"><tr>{["Number", "TTOC", "Placement today", "Days worked", "C.4 bank (days)", "C.2.3 seniority (days)"].map((h) => <th key={h} scope="col" className="px-3 py-2">{h}</th>)}</tr></thead>
            <tbody>
              {r.rows.map((t) => (
                <tr key={t.id} className="border-t border-slate-200">
                  <td className="px-3 py-2 font-mono">{t.employeeNumber}</td>
                  <td className="px-3 py-2"><Link className="text-blue-800 underline" href={`/ttoc/roster/${t.id}`}>{t.lastName}, {t.firstName}</Link>{t.status !== "ACTIVE" ? ` (${t.status.toLowerCase().replace("_", " ")})` : ""}</td>
                  <td className="px-3 py-2">{t.placement ? (t.placement.certificated ? `Category ${t.placement.category} Step ${t.placement.step}` : "Non-certificated (B.2.8)") : "none"}{t.placement ? <span className="text-slate-600"> since {t.placement.effectiveDate}</span> : null}</td>
                  <td className="px-3 py-2">{t.dayCount}</td>
                  <td className="px-3 py-2">{t.bankDays}</td>
                  <td className="px-3 py-2">{t.seniorityDays}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {r.pageCount > 1 ? (
        <nav aria-label="Pages of the roster" className="flex gap-3 text-sm">
          {r.page > 1 ? <Link className="text-blue-800 underline" href={link(r.page - 1)}>Previous page</Link> : null}
          <span>Page {r.page} of {r.pageCount}</span>
          {r.page < r.pageCount ? <Link className="text-blue-800 underline" href={link(r.page + 1)}>Next page</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
