import { Citation } from "@/components/citation";
import type { AppliedInterpretation } from "@/lib/library/interpretations";

/** The specification's interpretations that concern an article, each with the default the app applies. */
export function InterpretationsPanel({ agreement, items }: { agreement: string; items: AppliedInterpretation[] }) {
  return (
    <section aria-labelledby="interp-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="interp-heading" className="text-lg font-semibold">Interpretations</h2>
      {items.length === 0 ? (
        <p className="mt-1 text-sm">No recorded ambiguity concerns this article: Accord applies it as written.</p>
      ) : (
        <ul className="mt-2 space-y-4">
          {items.map((it) => (
            <li key={it.id} className="text-sm">
              <h3 className="font-semibold">{it.id}{it.applied ? ` — ${it.applied.title}` : ""}</h3>
              <p className="mt-1"><span className="font-medium">Question:</span> {it.question}</p>
              <p className="mt-1"><span className="font-medium">Accord applies:</span> {it.applied ? `${it.applied.description} (policy option “${it.applied.option}”; an organization may choose another).` : it.default}</p>
              {it.alternative ? <p className="mt-1"><span className="font-medium">Alternative reading:</span> {it.alternative}</p> : null}
              <p className="mt-1"><span className="font-medium">Concerns:</span>{" "}
                {it.articles.map((a, i) => <span key={a}>{i ? ", " : ""}<Citation agreement={agreement} article={a} /></span>)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
