import { SD71_CLASSIFICATIONS } from "@/lib/rules";
import { requireUser } from "@/lib/dal/session";
import { sd71VacancyOrder } from "@/lib/dal/recall";
import { todayInBC } from "@/lib/dal/dates";
import { Button } from "@/components/ui/button";
import { Cites, Steps } from "@/components/layoffs/explained";

const titles = [...new Map(SD71_CLASSIFICATIONS.filter((c) => c.generalClassification).map((c) => [c.title, c])).values()].sort((a, b) => a.title.localeCompare(b.title));

/** SD71 17.04, 17.05(a): who is offered a vacancy in a classification, in order (sd71RecallOrder). */
export async function VacancyOrder({ classification }: { classification?: string }) {
  const chosen = titles.find((c) => c.title === classification);
  const r = chosen ? await sd71VacancyOrder(await requireUser(), chosen.title, chosen.generalClassification!, todayInBC()) : null;
  return (
    <section aria-labelledby="vac-h" className="rounded-lg border border-slate-300 bg-white p-4">
      <h3 id="vac-h" className="mb-2 font-semibold">Offer order for a vacancy</h3>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="vac-class" className="block text-sm font-medium">Classification of the vacancy</label>
          <select id="vac-class" name="classification" defaultValue={chosen?.title ?? ""} className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2">
            <option value="">Choose…</option>
            {titles.map((c) => <option key={c.title} value={c.title}>{c.title} (27.03({c.generalClassification}))</option>)}
          </select>
        </div>
        <Button type="submit">Show offer order</Button>
      </form>
      {r ? (
        <div className="mt-3 text-sm">
          <p>Offer {chosen!.title} in this order{r.offerOrder.length ? ":" : ": nobody on the list is eligible."} <Cites agreement="sd71-cupe439" citations={r.citations} /></p>
          <ol className="ml-5 list-decimal" aria-label="Offer order">{r.offerOrder.map((id) => <li key={id}>{r.names[id] ?? id}</li>)}</ol>
          {r.notEligible.length ? <p className="mt-1">Not eligible: {r.notEligible.map((n) => `${r.names[n.id] ?? n.id} (${n.reason})`).join("; ")}.</p> : null}
          <Steps label="offer order" e={r} />
        </div>
      ) : null}
    </section>
  );
}
