import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { lifTargets, listLifConsultations } from "@/lib/dal/lif";
import { todayInBC } from "@/lib/dal/dates";
import { formatCents, schoolYearLabel, parseIsoDate } from "@/lib/rules/core";
import { lifYearParams } from "@/lib/rules/lif";
import { LifStatusBadge, daysText } from "@/components/lif/status-badge";
import { AllocationForm, NewConsultationForm } from "@/components/lif/setup-forms";
import { createConsultationAction, saveAllocationAction } from "./actions";
import { orNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "LIF consultations" };

export default async function LifPage() {
  const actor = await requireUser();
  const [rows, targets] = await orNotFound(Promise.all([listLifConsultations(actor), lifTargets(actor)]));
  const today = todayInBC();
  const year = schoolYearLabel(parseIsoDate(today, "today", "LIF notice"));
  const params = lifYearParams(year);
  const t = targets.map((o) => ({ id: o.id, code: o.code, locals: o.agreements.map((a) => a.local) }));
  const open = rows.filter((r) => !r.status.complete && r.status.status !== "declined-by-local");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Learning Improvement Fund consultations</h1>
      <p className="max-w-3xl text-slate-700">Each year a district consults its support-staff local on the use of its LIF allocation and confirms it to the employers&apos; association on a Confirmation of Genuine Consultation form, complete only when the local has signed (LIF notice 2024-25).</p>
      {rows.length ? (
        <p className="text-sm">{open.length} open · {open.filter((r) => r.c.meetings.length === 0).length} with no meeting · {rows.filter((r) => r.status.status === "overdue").length} overdue</p>
      ) : null}
      {rows.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-4">No consultations yet.{t.length ? " Open one below." : " Your district opens the consultation; it will appear here."}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Consultations, latest school year first</caption>
            <thead className="bg-slate-100 text-left">
              <tr>{["School year", "District", "Local", "Status", "Deadline", "Meetings", "Allocation", "Still missing"].map((h) => <th key={h} scope="col" className="px-3 py-2">{h}</th>)}</tr>
            </thead>
            <tbody>
              {rows.map(({ c, status, allocation }) => (
                <tr key={c.id} className="border-t border-slate-200 align-top">
                  <td className="px-3 py-2"><Link className="text-blue-800 underline" href={`/lif/${c.id}`}>{c.schoolYear}</Link></td>
                  <td className="px-3 py-2">{c.organization.code}</td>
                  <td className="px-3 py-2">{c.local.name}</td>
                  <td className="px-3 py-2"><LifStatusBadge status={status.status} /></td>
                  <td className="px-3 py-2">{c.deadline.toISOString().slice(0, 10)}{status.complete ? null : <span className="block text-xs">{daysText(status.daysToDeadline)}</span>}</td>
                  <td className="px-3 py-2">{c.meetings.length}</td>
                  <td className="px-3 py-2">{allocation ? formatCents(allocation.amountCents) : "—"}</td>
                  <td className="px-3 py-2">{status.complete ? "—" : status.missingForSignature.length ? `${status.missingForSignature.length} item(s)` : "signatures"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {t.length ? (
        <>
          <section aria-labelledby="open-consultation" className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="open-consultation" className="mb-3 text-lg font-semibold">Open a consultation</h2>
            <NewConsultationForm action={createConsultationAction} targets={t} defaults={{ schoolYear: year, deadline: params?.deadline ?? "", recipient: params?.recipient ?? "BC Public School Employers' Association (BCPSEA)" }} />
          </section>
          <section aria-labelledby="allocation" className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="allocation" className="mb-3 text-lg font-semibold">Record a LIF allocation</h2>
            <AllocationForm action={saveAllocationAction} targets={t} schoolYear={year} />
          </section>
        </>
      ) : null}
    </div>
  );
}
