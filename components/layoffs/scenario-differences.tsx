import { diffScenarios, noDifference } from "@/lib/layoffs/compare";
import type { ScenarioResult } from "@/lib/layoffs/types";

function Items({ label, items, empty }: { label: string; items: string[]; empty: string }) {
  return (
    <div className="min-w-0">
      <h3 className="text-sm font-semibold">{label}</h3>
      {items.length ? <ul aria-label={label} className="ml-5 list-disc space-y-1 text-sm break-words">{items.map((x) => <li key={x}>{x}</li>)}</ul> : <p className="text-sm text-slate-700">{empty}</p>}
    </div>
  );
}

/** What differs between scenario A and B, before their full results. */
export function ScenarioDifferences({ a, b }: { a: ScenarioResult; b: ScenarioResult }) {
  const d = diffScenarios(a, b);
  return (
    <section aria-labelledby="cmp-diff-h" className="space-y-3 rounded-lg border border-blue-800 bg-blue-50 p-3">
      <h2 id="cmp-diff-h" className="text-lg font-semibold">Differences</h2>
      {noDifference(d) ? <p className="text-sm">None: both scenarios lay off the same people, in the same steps.</p> : (
        <>
          {d.facts.length ? <ul className="ml-5 list-disc text-sm">{d.facts.map((f) => <li key={f}>{f}</li>)}</ul> : null}
          <div className="grid gap-3 md:grid-cols-2">
            <Items label="Laid off only under Scenario A" items={d.onlyA} empty="Nobody: everyone laid off under A is also laid off under B." />
            <Items label="Laid off only under Scenario B" items={d.onlyB} empty="Nobody: everyone laid off under B is also laid off under A." />
            <Items label="Steps only in Scenario A" items={d.stepsOnlyA} empty="None." />
            <Items label="Steps only in Scenario B" items={d.stepsOnlyB} empty="None." />
          </div>
        </>
      )}
    </section>
  );
}
