import Link from "@/components/ui/link";
import { TYPE_LABELS } from "@/lib/schemas/employee";
import { ymd } from "@/lib/format/seniority";
import { placedByWords, type TieAgreement, type TieList } from "@/lib/seniority/ties";

export interface TableRow {
  employeeId: string; employeeNumber: string; name: string; rank: number; employmentType: string;
  seniorityDays: number | null; seniorityDate: string | null; decidedBy: string; laidOff?: boolean;
  /** The tie the row belongs to, in words (tieFlags over the whole list, so a tie across a page break is named). */
  tie?: string | null;
}

/** A seniority list, most senior first. Rows carry the stable hook data-testid="seniority-row" and data-employee. */
export function SeniorityTable({ rows, caption, explainHref, rules, list = "REGULAR" }: { rows: TableRow[]; caption: string; explainHref?: (r: TableRow) => string; rules: TieAgreement; list?: TieList }) {
  const sd73 = rows.some((r) => r.seniorityDays !== null);
  if (rows.length === 0) return <p className="rounded-md border border-slate-300 bg-white p-4">Nobody is on this list on that date.</p>;
  return (
    // A labelled, focusable scroll region: at phone width the table scrolls sideways inside it.
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full text-sm">
        <caption className="p-2 text-left font-medium">{caption}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Rank</th>
            <th scope="col" className="px-3 py-2">Employee</th>
            <th scope="col" className="px-3 py-2">Number</th>
            <th scope="col" className="px-3 py-2">Type</th>
            <th scope="col" className="px-3 py-2">{sd73 ? "Seniority (days)" : "Seniority date"}</th>
            {sd73 ? <th scope="col" className="px-3 py-2">Years, months, days</th> : null}
            <th scope="col" className="px-3 py-2">Placed by</th>
            {explainHref ? <th scope="col" className="px-3 py-2">Explanation</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.employeeId} data-testid="seniority-row" data-employee={r.employeeNumber} className="border-t border-slate-200">
              <td className="px-3 py-1">{r.rank}</td>
              <td className="px-3 py-1">{r.name}{r.laidOff ? <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900">on layoff</span> : null}</td>
              <td className="px-3 py-1">{r.employeeNumber}</td>
              <td className="px-3 py-1">{TYPE_LABELS[r.employmentType as keyof typeof TYPE_LABELS] ?? r.employmentType}</td>
              <td className="px-3 py-1 tabular-nums">{r.seniorityDays !== null ? r.seniorityDays.toFixed(2) : r.seniorityDate}</td>
              {sd73 ? <td className="px-3 py-1 tabular-nums">{ymd(r.seniorityDays ?? 0)}</td> : null}
              <td className="px-3 py-1">{r.tie ? <span data-testid="seniority-tie"><span className="mr-1 rounded bg-amber-100 px-1 text-xs font-semibold text-amber-950">Tie</span>{r.tie}</span> : placedByWords(r.decidedBy, rules, list)}</td>
              {explainHref ? <td className="px-3 py-1"><Link className="text-blue-800 underline" href={explainHref(r)} aria-label={`Explain ${r.name}`}>Explain</Link></td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
