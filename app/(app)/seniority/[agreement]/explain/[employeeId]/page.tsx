import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { todayInBC } from "@/lib/dal/dates";
import { explainStanding } from "@/lib/dal/seniority-published";
import type { AgreementId } from "@/lib/dal/seniority-list";
import { AGREEMENT_IDS, ListQuery } from "@/lib/schemas/seniority";
import { ExplanationView } from "@/components/seniority/explanation";
import { ymd } from "@/lib/format/seniority";
import { orNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "Seniority explained" };

export default async function ExplainPage({ params, searchParams }: { params: Promise<{ agreement: string; employeeId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { agreement, employeeId } = await params;
  if (!(AGREEMENT_IDS as readonly string[]).includes(agreement)) notFound();
  const actor = await requireUser();
  const q = ListQuery.safeParse(await searchParams);
  const asOf = (q.success && q.data.asOf) || todayInBC();
  const x = await orNotFound(explainStanding(actor, agreement as AgreementId, employeeId, asOf));
  const figure = x.seniorityDays !== null ? `${x.seniorityDays.toFixed(2)} days (${ymd(x.seniorityDays)})` : x.seniorityDate ? `seniority date ${x.seniorityDate}` : "no seniority date yet (provisional)";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Seniority of {x.employee.name} as of {asOf}</h1>
      <p className="text-lg">Employee {x.employee.employeeNumber}: <strong>{figure}</strong></p>
      <section aria-labelledby="how" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="how" className="mb-2 text-lg font-semibold">How it is computed</h2>
        <ExplanationView agreement={agreement} citations={x.citations} steps={x.steps} interpretations={x.interpretations} />
      </section>
      <p><Link className="text-blue-800 underline" href={`/seniority/${agreement}?${new URLSearchParams({ asOf, ...(q.success && q.data.list ? { list: q.data.list } : {}) })}`}>Back to the list</Link></p>
    </div>
  );
}
