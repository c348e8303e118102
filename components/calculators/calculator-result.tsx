import Link from "@/components/ui/link";
import { Citation } from "@/components/citation";
import type { Calculator, Figure, Presented } from "@/lib/calculators/types";
import type { AppliedInterpretation } from "@/lib/calculators/interpretations";
import { calculatorHref } from "@/lib/calculators/url";
import { CopyTextButton } from "./copy-text-button";

const show = (x: Figure) => `${x.prefix ?? ""}${x.value}`;

function Interpretations({ calc, values, items }: { calc: Calculator; values: Record<string, string>; items: AppliedInterpretation[] }) {
  const switchable = items.filter((i) => i.switchable);
  const fixed = items.filter((i) => !i.switchable);
  return (
    <section aria-labelledby="interp-h" className="space-y-3">
      <h2 id="interp-h" className="text-lg font-semibold">Interpretations applied</h2>
      {items.length === 0 ? <p className="text-slate-700">None: the agreement is unambiguous for this calculation.</p> : null}
      {switchable.length ? (
        <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Each named interpretation with the figure under each of its readings</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">Interpretation</th>
                <th scope="col" className="px-3 py-2">Reading</th>
                <th scope="col" className="px-3 py-2">Result</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">Switch</span></th>
              </tr>
            </thead>
            <tbody>
              {switchable.flatMap((i) => i.options.map((o, k) => (
                <tr key={`${i.id}-${o.option}`} className={`border-t border-slate-200 ${o.current ? "bg-blue-50" : ""}`}>
                  {k === 0 ? (
                    <th scope="row" rowSpan={i.options.length} className="px-3 py-2 align-top text-left font-normal">
                      <span className="font-semibold">{i.id}</span> {i.title}
                      <span className="block text-xs text-slate-600">{i.articles.join(", ")}</span>
                    </th>
                  ) : null}
                  <td className="px-3 py-2">
                    <span className="font-mono">{o.option}</span>{o.isDefault ? " (default)" : ""}
                    <span className="block text-slate-700">{o.description}</span>
                  </td>
                  <td className="px-3 py-2 font-mono whitespace-nowrap">{o.figure ? show(o.figure) : <span className="font-sans text-slate-700">{o.error}</span>}</td>
                  <td className="px-3 py-2">
                    {o.current ? <span className="font-medium">In use</span> : (
                      <Link className="text-blue-800 underline" href={calculatorHref(calc, values, o.policies)}>
                        Use {o.option}<span className="sr-only"> for {i.id}</span>
                      </Link>
                    )}
                  </td>
                </tr>
              )))}
            </tbody>
          </table>
        </div>
      ) : null}
      {fixed.length ? (
        <p className="text-sm text-slate-700">Also applied, as encoded in the rules (no alternative to switch to): {fixed.map((i) => i.id).join(", ")}.</p>
      ) : null}
    </section>
  );
}

export function CalculatorResult({ calc, values, result, interps, text }: {
  calc: Calculator; values: Record<string, string>; result: Presented; interps: AppliedInterpretation[]; text: string;
}) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="result-h" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="result-h" className="text-lg font-semibold">Result</h2>
        <p className="text-xl">
          <span className="font-medium">{result.headline.label}: </span>
          <span className="font-bold">{result.headline.prefix}<span data-testid="calc-total">{result.headline.value}</span></span>
        </p>
        {result.figures.length ? (
          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            {result.figures.map((x) => (
              <div key={x.label} className="contents">
                <dt className="font-medium text-slate-700">{x.label}</dt>
                <dd className="font-mono">{show(x)}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {result.warnings?.length ? (
          <div role="note" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
            <p className="font-semibold">Check</p>
            <ul className="list-disc pl-5">{result.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
          </div>
        ) : null}
        <CopyTextButton text={text} />
      </section>
      <section aria-labelledby="steps-h" className="space-y-2">
        <h2 id="steps-h" className="text-lg font-semibold">How it was computed</h2>
        <ol className="list-decimal space-y-1 pl-6">{result.explanation.steps.map((s, k) => <li key={k}>{s}</li>)}</ol>
        <p className="text-sm">
          <span className="font-medium">Articles applied: </span>
          {result.explanation.citations.map((a, k) => (
            <span key={a}>{k ? ", " : ""}<Citation agreement={calc.agreement} article={a} /></span>
          ))}
        </p>
      </section>
      <Interpretations calc={calc} values={values} items={interps} />
      <details className="rounded-md border border-slate-300 bg-white p-3">
        <summary className="cursor-pointer font-medium">Plain text</summary>
        <pre className="mt-2 whitespace-pre-wrap text-sm">{text}</pre>
      </details>
    </div>
  );
}
