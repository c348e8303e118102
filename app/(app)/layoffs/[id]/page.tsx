import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { loadScenario } from "../load-scenario";
import { ScenarioView } from "@/components/layoffs/scenario-view";
import { linkButton } from "@/components/ui/button";
import { RenameForm, ShareForm } from "@/components/layoffs/draft-forms";
import { renameScenarioAction, shareScenarioAction } from "../actions";
import { first } from "@/lib/search-params";

export const metadata: Metadata = { title: "Layoff scenario" };

export default async function ScenarioPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ confirmed?: string | string[] }> }) {
  const { id } = await params;
  const confirmed = first((await searchParams).confirmed);
  const { scenario, outcome, canConfirm, canEdit } = await loadScenario(id);
  return (
    <div className="space-y-4">
      <p><Link className="text-blue-800 underline" href="/layoffs">← Layoffs</Link></p>
      <h1 className="text-2xl font-bold">{scenario.name}</h1>
      <p className="text-slate-700">
        {scenario.organization.code} · {scenario.agreement.title} ·{" "}
        {scenario.status === "CONFIRMED" ? <strong>Confirmed {scenario.confirmedAt?.toISOString().slice(0, 10)}: recorded in the ledger, on the recall list</strong> : `Draft: nothing has changed for anyone. Recomputed from today's seniority list. ${scenario.sharedAt ? `Shared with the union ${scenario.sharedAt.toISOString().slice(0, 10)}.` : "Private to the district's HR until shared or confirmed."}`}
      </p>
      {confirmed ? <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 font-medium text-green-900">The layoffs are recorded and the employees are on the <Link className="underline" href="/recall">recall list</Link>.</p> : null}
      {outcome.ok ? <ScenarioView r={outcome.result} caption={`Laid off under “${scenario.name}”`} idPrefix="scenario" /> : (
        <div role="alert" className="rounded-md border border-red-700 bg-red-50 p-3">
          <p className="font-semibold">This scenario no longer runs on today&apos;s seniority list:</p>
          <ul className="ml-5 list-disc">{Object.values(outcome.errors).flat().map((m) => <li key={m}>{m}</li>)}</ul>
        </div>
      )}
      {canConfirm && outcome.ok ? <p><Link className={linkButton} href={`/layoffs/${id}/confirm`}>Confirm these layoffs…</Link></p> : null}
      {canEdit ? (
        <section aria-labelledby="draft-h" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="draft-h" className="text-lg font-semibold">Draft</h2>
          {scenario.sharedAt ? null : <ShareForm action={shareScenarioAction.bind(null, id)} />}
          <RenameForm action={renameScenarioAction.bind(null, id)} name={scenario.name} />
          <p><Link className="text-red-800 underline" href={`/layoffs/${id}/delete`}>Delete this draft…</Link></p>
        </section>
      ) : null}
    </div>
  );
}
