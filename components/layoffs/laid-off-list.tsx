import type { LaidOffRow, ScenarioResult } from "@/lib/layoffs/types";
import { seniorityText } from "@/lib/layoffs/readable";
import { fte } from "@/lib/layoffs/figures";
import { formatCents } from "@/lib/rules/core";
import { Cites, Steps } from "./explained";

function Severance({ x, a }: { x: LaidOffRow; a: string }) {
  return x.severance.ok
    ? <>{formatCents(x.severance.amountCents)}{x.severance.electBy ? <span className="block text-xs">elect by {x.severance.electBy}</span> : null} <Cites agreement={a} citations={x.severance.citations} /><Steps label={`severance of ${x.name}`} e={x.severance} /></>
    : <span className="text-slate-700">Not estimated: {x.severance.error} ({x.severance.article})</span>;
}

function Expiry({ x, a }: { x: LaidOffRow; a: string }) {
  return x.recallExpiry.ok
    ? <>{x.recallExpiry.date} <Cites agreement={a} citations={[x.recallExpiry.article]} /><Steps label={`recall expiry of ${x.name}`} e={x.recallExpiry} /></>
    : <span>{x.recallExpiry.error}</span>;
}

/** Who is laid off: a table from 768 px, cards below it so nothing overflows a phone. */
export function LaidOffList({ r, caption }: { r: ScenarioResult; caption: string }) {
  const a = r.agreement;
  const heads = ["Employee", a === "sd73-teachers" ? "Seniority" : "Seniority date", "Classification and position", "FTE", "Severance (estimate)", a === "sd73-teachers" ? "Recall rights expire" : "Seniority lost on"];
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-300 bg-white md:block">
        <table className="min-w-full text-sm">
          <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>{heads.map((h) => <th key={h} scope="col" className="px-3 py-2">{h}</th>)}</tr>
          </thead>
          <tbody>
            {r.laidOff.length === 0 ? <tr><td colSpan={6} className="px-3 py-2">Nobody is laid off.</td></tr> : r.laidOff.map((x) => (
              <tr key={x.employeeId} className="border-t border-slate-200 align-top">
                <th scope="row" className="px-3 py-2 text-left font-normal">{x.name}<span className="block text-xs text-slate-600">{x.employeeNumber} · rank {x.rank}</span></th>
                <td className="px-3 py-2">{seniorityText(x.seniority)}</td>
                <td className="px-3 py-2">{x.classification ?? "—"}{x.position ? <span className="block text-xs text-slate-600">{x.position}</span> : null}</td>
                <td className="px-3 py-2">{fte(x.fteMilli)}</td>
                <td className="px-3 py-2"><Severance x={x} a={a} /></td>
                <td className="px-3 py-2"><Expiry x={x} a={a} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="md:hidden">
        <p className="font-semibold">{caption}</p>
        {r.laidOff.length === 0 ? <p className="text-sm">Nobody is laid off.</p> : (
          <ul aria-label={caption} className="mt-2 space-y-2">
            {r.laidOff.map((x) => (
              <li key={x.employeeId} className="rounded-md border border-slate-300 bg-white p-3 text-sm">
                <p className="font-medium break-words">{x.name} ({x.employeeNumber}) · rank {x.rank}</p>
                <dl className="mt-1 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1">
                  <dt className="text-slate-700">{heads[1]}</dt><dd>{seniorityText(x.seniority)}</dd>
                  <dt className="text-slate-700">Position</dt><dd className="break-words">{x.classification ?? "—"}{x.position ? `, ${x.position}` : ""}</dd>
                  <dt className="text-slate-700">FTE</dt><dd>{fte(x.fteMilli)}</dd>
                  <dt className="text-slate-700">Severance</dt><dd><Severance x={x} a={a} /></dd>
                  <dt className="text-slate-700">{a === "sd73-teachers" ? "Recall ends" : "Seniority lost"}</dt><dd><Expiry x={x} a={a} /></dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
