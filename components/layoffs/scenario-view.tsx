import { describeChain } from "@/lib/layoffs/chains";
import type { ScenarioResult } from "@/lib/layoffs/types";
import { Cites, Steps } from "./explained";

const money = (c: number) => `$${(c / 100).toLocaleString("en-CA", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const fte = (m: number) => (m / 1000).toFixed(3).replace(/\.?0+$/, "") || "0";

/** One scenario's outcome: notice, bumping chains, and a table of who is laid off with severance and recall expiry. */
export function ScenarioView({ r, caption, idPrefix, level = 2 }: { r: ScenarioResult; caption: string; idPrefix: string; level?: 2 | 3 }) {
  const H = level === 2 ? "h2" : "h3";
  const a = r.agreement;
  const name = (id: string) => r.names[id] ?? id;
  const pos = (id: string) => r.positions[id] ?? id;
  return (
    <div className="space-y-4">
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Laid off</dt><dd data-testid={`${idPrefix}-count`}>{r.totals.count} ({fte(r.totals.fteMilli)} FTE)</dd>
        <dt className="font-medium">Effective</dt><dd>{r.effectiveDate}</dd>
        <dt className="font-medium">Severance if all elect it (estimate)</dt><dd>{money(r.totals.severanceCents)}</dd>
        <dt className="font-medium">Notice</dt>
        <dd>
          {r.notice.ok ? (
            <>
              Latest written notice <strong>{r.notice.latestNoticeDate}</strong>
              {r.notice.compliant === true ? " — the notice given is in time" : r.notice.compliant === false ? <span className="font-semibold text-red-800"> — the notice given is late{r.notice.shortfall ? `: ${r.notice.shortfall}` : ""}</span> : ""}{" "}
              <Cites agreement={a} citations={r.notice.citations} />
              <Steps label="notice" e={r.notice} />
            </>
          ) : <span className="text-red-800">{r.notice.error} ({r.notice.article})</span>}
        </dd>
      </dl>
      <div>
        <H id={`${idPrefix}-order`} className="font-semibold">Order of layoff <Cites agreement={a} citations={r.order.citations} /></H>
        {a === "sd71-cupe439" ? (
          <ol className="ml-5 list-decimal space-y-1 text-sm" aria-label={`Bumping chains, ${caption}`}>
            {r.chains.map((c, k) => <li key={k} data-testid="bump-chain">{describeChain(c, name, pos)}</li>)}
          </ol>
        ) : null}
        {r.ties.length ? <p className="text-sm text-amber-900">Equal seniority dates decided the order here: {r.ties.map((t) => t.map(name).join(" = ")).join("; ")} — a decision for HR (A40).</p> : null}
        <Steps label={`order of layoff, ${caption}`} e={r.order} />
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="min-w-full text-sm">
          <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>{["Employee", a === "sd73-teachers" ? "Seniority" : "Seniority date", "Classification and position", "FTE", "Severance (estimate)", a === "sd73-teachers" ? "Recall rights expire" : "Seniority lost on"].map((h) => <th key={h} scope="col" className="px-3 py-2">{h}</th>)}</tr>
          </thead>
          <tbody>
            {r.laidOff.length === 0 ? <tr><td colSpan={6} className="px-3 py-2">Nobody is laid off.</td></tr> : r.laidOff.map((x) => (
              <tr key={x.employeeId} className="border-t border-slate-200 align-top">
                <th scope="row" className="px-3 py-2 text-left font-normal">{x.name}<span className="block text-xs text-slate-600">{x.employeeNumber} · rank {x.rank}</span></th>
                <td className="px-3 py-2">{x.seniority}</td>
                <td className="px-3 py-2">{x.classification ?? "—"}{x.position ? <span className="block text-xs text-slate-600">{x.position}</span> : null}</td>
                <td className="px-3 py-2">{fte(x.fteMilli)}</td>
                <td className="px-3 py-2">
                  {x.severance.ok ? <>{money(x.severance.amountCents)}{x.severance.electBy ? <span className="block text-xs">elect by {x.severance.electBy}</span> : null} <Cites agreement={a} citations={x.severance.citations} /><Steps label={`severance of ${x.name}`} e={x.severance} /></> : <span className="text-slate-700">Not estimated: {x.severance.error} ({x.severance.article})</span>}
                </td>
                <td className="px-3 py-2">
                  {x.recallExpiry.ok ? <>{x.recallExpiry.date} <Cites agreement={a} citations={[x.recallExpiry.article]} /><Steps label={`recall expiry of ${x.name}`} e={x.recallExpiry} /></> : <span>{x.recallExpiry.error}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
