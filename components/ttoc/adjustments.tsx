import { centsToDecimal } from "@/lib/rules/core";
import { AdjustmentForm, type Action } from "./adjustment-form";

type Adj = {
  id: string; date: Date; totalCents: number; reason: string | null; steps: string[];
  employee: { employeeNumber: string; firstName: string; lastName: string };
  refLine: { date: Date; totalCents: number; period: { id: string; startDate: Date; endDate: Date } } | null;
};
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Corrections of approved periods recorded in this period (B.2.7): each refers to the line it corrects. */
export function Adjustments({ lines, action }: { lines: Adj[]; action: Action | null }) {
  if (!lines.length && !action) return null;
  return (
    <section aria-labelledby="adj-h" className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="adj-h" className="text-lg font-semibold">Adjustments to approved periods</h2>
      <p className="mt-1 text-sm text-slate-700">An approved period never changes: a correction is a line here, the day recomputed under the rules less what was already paid.</p>
      {lines.length ? (
        <table className="mt-2 min-w-full text-sm">
          <caption className="sr-only">Adjustment lines in this period</caption>
          <thead className="text-left"><tr><th scope="col" className="pr-3">TTOC</th><th scope="col" className="pr-3">Corrects</th><th scope="col" className="pr-3">Reason</th><th scope="col" className="pr-3 text-right">Amount ($)</th><th scope="col">Arithmetic</th></tr></thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.id} className="border-t border-slate-200 align-top">
                <td className="py-1 pr-3">{l.employee.employeeNumber} {l.employee.lastName}</td>
                <td className="py-1 pr-3">{l.refLine ? <>the line of {iso(l.refLine.date)} (${centsToDecimal(l.refLine.totalCents)}) in the approved period <a className="text-blue-800 underline" href={`/ttoc/${l.refLine.period.id}`}>{iso(l.refLine.period.startDate)} to {iso(l.refLine.period.endDate)}</a></> : iso(l.date)}</td>
                <td className="py-1 pr-3">{l.reason}</td>
                <td className="py-1 pr-3 text-right font-mono">{centsToDecimal(l.totalCents)}</td>
                <td className="py-1"><details><summary className="cursor-pointer">Show</summary><ol className="ml-6 list-decimal">{l.steps.map((s, i) => <li key={i}>{s}</li>)}</ol></details></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p className="mt-2 text-sm">No adjustments in this period.</p>}
      {action ? <AdjustmentForm action={action} /> : null}
    </section>
  );
}
