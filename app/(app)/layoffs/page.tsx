import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { layoffAgreements, listScenarios } from "@/lib/dal/layoffs";
import { Forbidden } from "@/components/forbidden";
import { Button, linkButton } from "@/components/ui/button";

export const metadata: Metadata = { title: "Layoffs" };

export default async function LayoffsPage() {
  const actor = await requireUser();
  const agreements = await layoffAgreements(actor);
  if (!agreements.length) return <Forbidden what="see layoffs" />;
  const scenarios = await listScenarios(actor);
  const label = (s: (typeof scenarios)[number]) => `${s.name} (${s.organization.code}, ${s.status === "CONFIRMED" ? "confirmed" : "draft"})`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Layoffs</h1>
      <p className="max-w-3xl text-slate-700">
        A what-if shows who would be laid off, the notice deadline, severance and recall rights, with the articles and arithmetic.
        Nothing changes until an HR clerk confirms a scenario: then the layoffs are recorded in the service ledger and the employees go on the <Link className="text-blue-800 underline" href="/recall">recall list</Link>.
      </p>
      <div className="flex flex-wrap gap-3">
        {agreements.filter((a) => a.canWrite).map((a) => (
          <Link key={a.id} className={linkButton} href={`/layoffs/new?agreement=${a.rulesId}`}>New {a.orgCode} what-if</Link>
        ))}
      </div>
      {scenarios.length === 0 ? <p className="rounded-md border border-slate-300 bg-white p-4">No scenarios yet.{agreements.some((a) => a.canWrite) ? " Start a what-if above." : ""}</p> : (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
            <table className="min-w-full text-sm">
              <caption className="sr-only">Layoff scenarios, newest first</caption>
              <thead className="bg-slate-100 text-left"><tr>{["Scenario", "District", "Status", "Created"].map((h) => <th key={h} scope="col" className="px-3 py-2">{h}</th>)}</tr></thead>
              <tbody>
                {scenarios.map((s) => (
                  <tr key={s.id} className="border-t border-slate-200">
                    <td className="px-3 py-2"><Link className="text-blue-800 underline" href={`/layoffs/${s.id}`}>{s.name}</Link></td>
                    <td className="px-3 py-2">{s.organization.code}</td>
                    <td className="px-3 py-2">{s.status === "CONFIRMED" ? `Confirmed ${s.confirmedAt?.toISOString().slice(0, 10) ?? ""}` : s.sharedAt ? "Draft, shared with the union" : "Draft"}</td>
                    <td className="px-3 py-2">{s.createdAt.toISOString().slice(0, 10)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <section aria-labelledby="compare-h" className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="compare-h" className="mb-3 text-lg font-semibold">Compare two scenarios</h2>
            <form action="/layoffs/compare" method="get" className="flex flex-wrap items-end gap-3">
              {(["a", "b"] as const).map((k, i) => (
                <div key={k}>
                  <label htmlFor={`cmp-${k}`} className="block text-sm font-medium">{k === "a" ? "First scenario" : "Second scenario"}</label>
                  <select id={`cmp-${k}`} name={k} defaultValue={scenarios[Math.min(i, scenarios.length - 1)].id} className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2">
                    {scenarios.map((s) => <option key={s.id} value={s.id}>{label(s)}</option>)}
                  </select>
                </div>
              ))}
              <Button type="submit">Compare</Button>
            </form>
          </section>
        </>
      )}
    </div>
  );
}
