import { centsToDecimal } from "@/lib/rules/core";
import { Citation } from "@/components/citation";

type Line = { id: string; date: Date; kind: string; totalCents: number; wageCents: number; inLieuCents: number; paidFractionMilli: number; citations: string[]; steps: string[]; reason?: string | null; employee: { employeeNumber: string; firstName: string; lastName: string } };

/** Every line with its arithmetic on demand. */
export function PayLines({ lines, total }: { lines: Line[]; total: number }) {
  if (!lines.length) return null;
  return (
    <section aria-labelledby="lines-h" className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="lines-h" className="text-lg font-semibold">Lines ({total})</h2>
      <ul className="mt-2 divide-y divide-slate-200 text-sm">
        {lines.map((l) => (
          <li key={l.id} className="py-1">
            <details>
              <summary className="cursor-pointer">
                {l.date.toISOString().slice(0, 10)} · {l.employee.employeeNumber} {l.employee.lastName} · {l.paidFractionMilli / 1000} day · wage {centsToDecimal(l.wageCents)} + in lieu {centsToDecimal(l.inLieuCents)} = <strong>${centsToDecimal(l.totalCents)}</strong>{l.kind === "ADJUSTMENT" ? ` (adjustment${l.reason ? `: ${l.reason}` : ""})` : ""}
              </summary>
              <ol className="ml-6 list-decimal">{l.steps.map((s, i) => <li key={i}>{s}</li>)}</ol>
              <p className="ml-6">Articles: {l.citations.map((c, i) => <span key={c}>{i ? ", " : ""}<Citation agreement="sd73-teachers" article={c} /></span>)}</p>
            </details>
          </li>
        ))}
      </ul>
      {lines.length < total ? <p className="mt-2 text-sm">Showing {lines.length} lines of the TTOCs on this page; the payroll CSV and the pay statements have all {total}.</p> : null}
    </section>
  );
}
