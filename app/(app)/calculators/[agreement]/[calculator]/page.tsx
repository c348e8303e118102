import Link from "@/components/ui/link";
import { publicOrigin } from "@/lib/public-origin";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { AGREEMENT_SHORT, isAgreementId } from "@/lib/calculators/agreements";
import { findCalculator } from "@/lib/calculators/registry";
import type { Query } from "@/lib/calculators/run";
import { runCalculatorFor } from "@/lib/dal/calculators";
import { appliedInterpretations } from "@/lib/calculators/interpretations";
import { plainText } from "@/lib/calculators/text";
import { calculatorHref, todayInBC } from "@/lib/calculators/url";
import { CalculatorForm } from "@/components/calculators/calculator-form";
import { CalculatorResult } from "@/components/calculators/calculator-result";

type Props = { params: Promise<{ agreement: string; calculator: string }>; searchParams: Promise<Query> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { agreement, calculator } = await params;
  const c = findCalculator(agreement, calculator);
  return { title: c ? `${c.title} (${AGREEMENT_SHORT[c.agreement]})` : "Calculator" };
}

/** Any calculator of the registry: the form reads and writes the query string; the rules compute on the server. */
export default async function CalculatorPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const { agreement, calculator } = await params;
  const calc = isAgreementId(agreement) ? findCalculator(agreement, calculator) : undefined;
  if (!calc) notFound();
  // The district's entered values (Appendix A grids, B.2 rates) apply to dates on and after their effective date.
  const { run, params: set } = await runCalculatorFor(actor, calc, await searchParams, todayInBC(new Date()));
  const r = run.result;
  const interps = r && run.input ? appliedInterpretations(calc, run.input, run.policies, r.explanation.interpretations, r.headline, set) : [];
  const h = await headers();
  const origin = publicOrigin(h);
  const text = r ? plainText(calc, run.values, r, interps, origin + calculatorHref(calc, run.values, run.policies)) : "";
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link className="text-blue-800 underline" href="/calculators">Calculators</Link>
        {" / "}
        <Link className="text-blue-800 underline" href={`/calculators/${calc.agreement}`}>{AGREEMENT_SHORT[calc.agreement]}</Link>
      </nav>
      <div>
        <h1 className="text-2xl font-bold">{calc.title}</h1>
        <p className="text-slate-700">{calc.summary}</p>
      </div>
      <CalculatorForm calc={calc} values={run.values} errors={run.errors} policies={run.policies} />
      {run.message ? <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 font-medium text-red-800">{run.message}</p> : null}
      {run.submitted && !r && !run.message ? (
        <p role="alert" className="font-medium text-red-800">Correct the highlighted fields to see the result.</p>
      ) : null}
      {!run.submitted ? <p className="text-slate-700">Fill in the form and choose Calculate; the result appears here with its arithmetic and articles.</p> : null}
      {r ? <CalculatorResult calc={calc} values={run.values} result={r} interps={interps} text={text} /> : null}
    </div>
  );
}
