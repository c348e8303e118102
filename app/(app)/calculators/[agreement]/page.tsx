import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { AGREEMENT_SHORT, AGREEMENT_TITLES, isAgreementId } from "@/lib/calculators/agreements";
import { calculatorsOf } from "@/lib/calculators/registry";
import { calculatorPath } from "@/lib/calculators/url";

export async function generateMetadata({ params }: { params: Promise<{ agreement: string }> }): Promise<Metadata> {
  const { agreement } = await params;
  return { title: isAgreementId(agreement) ? `Calculators: ${AGREEMENT_SHORT[agreement]}` : "Calculators" };
}

export default async function AgreementCalculatorsPage({ params }: { params: Promise<{ agreement: string }> }) {
  await requireUser();
  const { agreement } = await params;
  if (!isAgreementId(agreement)) notFound();
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm"><Link className="text-blue-800 underline" href="/calculators">Calculators</Link></nav>
      <h1 className="text-2xl font-bold">{AGREEMENT_TITLES[agreement]}</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {calculatorsOf(agreement).map((c) => (
          <li key={c.id} className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 className="font-semibold"><Link className="text-blue-800 underline" href={calculatorPath(c)}>{c.title}</Link></h2>
            <p className="text-sm text-slate-700">{c.summary}</p>
            <p className="mt-1 text-xs text-slate-600">{c.articles.join(", ")}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
