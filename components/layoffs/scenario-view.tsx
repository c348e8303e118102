import { describeChain } from "@/lib/layoffs/chains";
import type { ScenarioResult } from "@/lib/layoffs/types";
import { fte } from "@/lib/layoffs/figures";
import { readable } from "@/lib/layoffs/readable";
import { formatCents } from "@/lib/rules/core";
import { Cites, Steps } from "./explained";
import { LaidOffList } from "./laid-off-list";

/** One scenario's outcome: notice, bumping chains, and a table of who is laid off with severance and recall expiry. */
export function ScenarioView({ r, caption, idPrefix, level = 2 }: { r: ScenarioResult; caption: string; idPrefix: string; level?: 2 | 3 }) {
  const H = level === 2 ? "h2" : "h3";
  const a = r.agreement;
  const name = (id: string) => r.names[id] ?? id;
  const pos = (id: string) => r.positions[id] ?? id;
  const labels = { ...r.names, ...r.positions };
  const order = { ...r.order, steps: r.order.steps.map((x) => readable(x, labels)) };
  return (
    <div className="space-y-4">
      {r.overCut ? (
        <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-sm text-amber-950" data-testid={`${idPrefix}-over-cut`}>
          <strong>Why more than the cut:</strong> {r.overCut.why}
        </p>
      ) : null}
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Laid off</dt><dd data-testid={`${idPrefix}-count`}>{r.totals.count} ({fte(r.totals.fteMilli)} FTE)</dd>
        <dt className="font-medium">Effective</dt><dd>{r.effectiveDate}</dd>
        <dt className="font-medium">Severance if all elect it (estimate)</dt><dd>{formatCents(r.totals.severanceCents)}</dd>
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
        <Steps label={`order of layoff, ${caption}`} e={order} />
      </div>
      <LaidOffList r={r} caption={caption} />
    </div>
  );
}
