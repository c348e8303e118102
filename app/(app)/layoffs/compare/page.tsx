import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { ScenarioView } from "@/components/layoffs/scenario-view";
import { ScenarioDifferences } from "@/components/layoffs/scenario-differences";
import { loadScenario } from "../load-scenario";
import { first } from "@/lib/search-params";

export const metadata: Metadata = { title: "Compare layoff scenarios" };

export default async function ComparePage({ searchParams }: { searchParams: Promise<{ a?: string | string[]; b?: string | string[] }> }) {
  const sp = await searchParams;
  const a = first(sp.a), b = first(sp.b);
  if (!a || !b) return <p>Choose two scenarios on the <Link className="text-blue-800 underline" href="/layoffs">layoffs page</Link>.</p>;
  const both = await Promise.all([loadScenario(a), loadScenario(b)]);
  const [oa, ob] = both.map((x) => x.outcome);
  return (
    <div className="min-w-0 space-y-4 break-words">
      <p><Link className="text-blue-800 underline" href="/layoffs">← Layoffs</Link></p>
      <h1 className="text-2xl font-bold">Compare layoff scenarios</h1>
      {oa.ok && ob.ok ? <ScenarioDifferences a={oa.result} b={ob.result} /> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        {both.map(({ scenario, outcome }, k) => (
          <section key={k} aria-labelledby={`cmp-h-${k}`} className="min-w-0 space-y-3 rounded-lg border border-slate-300 bg-white p-3">
            <h2 id={`cmp-h-${k}`} className="text-lg font-semibold">{k === 0 ? "Scenario A" : "Scenario B"}: <Link className="text-blue-800 underline" href={`/layoffs/${scenario.id}`}>{scenario.name}</Link></h2>
            {outcome.ok ? <ScenarioView r={outcome.result} caption={`${k === 0 ? "Scenario A" : "Scenario B"}: ${scenario.name}`} idPrefix={`cmp-${k}`} level={3} />
              : <p role="alert">No longer runs: {Object.values(outcome.errors).flat().join(" ")}</p>}
          </section>
        ))}
      </div>
    </div>
  );
}
