import Link from "@/components/ui/link";
import { centsToDecimal } from "@/lib/rules/core";
import { cardTable as ct } from "@/components/ui/card-table";

export type TtocTotal = { employeeId: string; employeeNumber: string; name: string; cents: number; days: number };

/** Per-TTOC totals of a period (one page of TTOCs), each total under its stable hook ttoc-total-<employee number>. */
export function PeriodTotals({ periodId, rows, totalCents, ttocCount, page, pageCount }: { periodId: string; rows: TtocTotal[]; totalCents: number; ttocCount: number; page: number; pageCount: number }) {
  if (!rows.length) return <p className="mt-2 text-slate-700">No pay lines yet. Enter or import the callouts, then run the period.</p>;
  return (
    <>
      <table className={`mt-2 ${ct.table}`}>
        <caption className="sr-only">Pay per TTOC for the period{pageCount > 1 ? `, page ${page} of ${pageCount}` : ""}</caption>
        <thead className={`text-left ${ct.thead}`}><tr><th scope="col" className="py-1 pr-3">Number</th><th scope="col" className="py-1 pr-3">TTOC (opens their lines)</th><th scope="col" className="py-1 pr-3">Days paid</th><th scope="col" className="py-1 pr-3 text-right">Total ($)</th><th scope="col" className="py-1 pl-3">Statement</th></tr></thead>
        <tbody className={ct.tbody}>
          {rows.map((t) => (
            <tr key={t.employeeId} className={ct.tr}>
              <td data-label="Number" className={`${ct.td} font-mono`}>{t.employeeNumber}</td>
              <td data-label="TTOC" className={ct.td}><Link className="text-blue-800 underline" href={`/ttoc/${periodId}?ttoc=${encodeURIComponent(t.employeeNumber)}#lines-h`}>{t.name}</Link></td>
              <td data-label="Days paid" className={ct.td}>{t.days}</td>
              <td data-label="Total ($)" className={`${ct.td} font-mono sm:text-right`} data-testid={`ttoc-total-${t.employeeNumber}`}>{centsToDecimal(t.cents)}</td>
              <td data-label="Statement" className={ct.td}><a className="text-blue-800 underline" href={`/ttoc/${periodId}/statement/${encodeURIComponent(t.employeeNumber)}`} aria-label={`Pay statement (PDF) for ${t.name}, ${t.employeeNumber}`}>PDF</a></td>
            </tr>
          ))}
          <tr className={`${ct.tr} border-t-2 border-slate-400 font-semibold`}><td className={ct.td} colSpan={3}>Period total ({ttocCount} TTOC{ttocCount === 1 ? "" : "s"})</td><td data-label="Total ($)" className={`${ct.td} font-mono sm:text-right`}>{centsToDecimal(totalCents)}</td><td className="max-sm:hidden" /></tr>
        </tbody>
      </table>
      {pageCount > 1 ? (
        <nav aria-label="Pages of TTOCs" className="mt-3 flex flex-wrap gap-3 text-sm">
          {page > 1 ? <a className="text-blue-800 underline" href={`/ttoc/${periodId}?page=${page - 1}`}>Previous page</a> : null}
          <span>Page {page} of {pageCount}</span>
          {page < pageCount ? <a className="text-blue-800 underline" href={`/ttoc/${periodId}?page=${page + 1}`}>Next page</a> : null}
        </nav>
      ) : null}
    </>
  );
}
