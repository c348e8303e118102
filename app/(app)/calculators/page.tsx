import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { AGREEMENT_IDS, AGREEMENT_TITLES } from "@/lib/calculators/agreements";
import { calculatorsOf } from "@/lib/calculators/registry";

export const metadata: Metadata = { title: "Calculators" };

export default async function CalculatorsIndexPage() {
  await requireUser();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Calculators</h1>
      <p className="max-w-3xl text-slate-700">
        Check a figure against the agreement without entering anyone into the database: each result shows its arithmetic, the
        articles applied and the interpretations used, and its link reproduces it exactly.
      </p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {AGREEMENT_IDS.map((a) => (
          <li key={a} className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 className="text-lg font-semibold"><Link className="text-blue-800 underline" href={`/calculators/${a}`}>{AGREEMENT_TITLES[a]}</Link></h2>
            <p className="text-sm text-slate-700">{calculatorsOf(a).length} calculators</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
