import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { hasRole } from "@/lib/dal/actor";
import { getPayPeriod, previewPayPeriod } from "@/lib/dal/ttoc";
import { NotFoundError } from "@/lib/dal/errors";
import { centsToDecimal, formatCents } from "@/lib/rules/core";
import { TTOC_CSV_COLUMNS } from "@/lib/schemas/ttoc";
import { ButtonForm, ImportDaysForm } from "@/components/ttoc/period-forms";
import { PayLines } from "@/components/ttoc/pay-lines";
import { approvePeriodAction, importDaysAction, runPeriodAction } from "../actions";

export const metadata: Metadata = { title: "TTOC pay period" };

export default async function PayPeriodPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser();
  let data;
  try { data = await getPayPeriod(actor, id); } catch (e) { if (e instanceof NotFoundError) notFound(); throw e; }
  const { period, byTtoc, totalCents, dayCount } = data;
  const canRun = hasRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: period.organizationId });
  const open = period.status === "OPEN";
  const preview = open && period.computedAt ? await previewPayPeriod(actor, id) : null;
  const range = `${period.startDate.toISOString().slice(0, 10)} to ${period.endDate.toISOString().slice(0, 10)}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">TTOC pay {range} — {period.organization.code}</h1>
        <p className="text-slate-700">{open ? "Open" : `Approved ${period.approvedAt?.toISOString().slice(0, 10)}: this period can no longer change; corrections go in a later period.`} · {dayCount} callout{dayCount === 1 ? "" : "s"} recorded · {period.computedAt ? `computed ${period.computedAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : "not computed yet"}</p>
      </div>
      {canRun && open ? (
        <section aria-labelledby="run-h" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="run-h" className="text-lg font-semibold">Run and approve</h2>
          <ButtonForm action={runPeriodAction.bind(null, id)} label="Run the period" pendingLabel="Computing…" />
          {preview && preview.diffs.length ? (
            <div role="region" aria-label="Recalculation differences" className="rounded border border-amber-500 bg-amber-50 p-3 text-sm">
              <p className="font-medium">A recalculation would change {preview.diffs.length} line(s):</p>
              <ul className="list-disc pl-6">{preview.diffs.slice(0, 50).map((d) => <li key={d.employeeNumber + d.date}>{d.employeeNumber} {d.date}: {d.storedCents === null ? "new" : formatCents(d.storedCents)} → {d.newCents === null ? "removed" : formatCents(d.newCents)}</li>)}</ul>
            </div>
          ) : preview ? <p className="text-sm text-green-800">The stored lines match a recalculation.</p> : null}
          {period.computedAt ? <ButtonForm action={approvePeriodAction.bind(null, id)} label="Approve the period" pendingLabel="Approving…" /> : null}
        </section>
      ) : null}
      <section aria-labelledby="totals-h" className="rounded-lg border border-slate-300 bg-white p-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="totals-h" className="text-lg font-semibold">Totals by TTOC</h2>
          {byTtoc.length ? <a className="text-blue-800 underline" href={`/ttoc/${id}/export`}>Download payroll CSV</a> : null}
        </div>
        {byTtoc.length === 0 ? <p className="mt-2 text-slate-700">No pay lines yet. Import the callouts, then run the period.</p> : (
          <table className="mt-2 min-w-full text-sm">
            <caption className="sr-only">Pay per TTOC for the period</caption>
            <thead className="text-left"><tr><th scope="col" className="py-1 pr-3">Number</th><th scope="col" className="py-1 pr-3">TTOC</th><th scope="col" className="py-1 pr-3">Days paid</th><th scope="col" className="py-1 text-right">Total ($)</th></tr></thead>
            <tbody>
              {byTtoc.map((t) => (
                <tr key={t.employeeId} className="border-t border-slate-200">
                  <td className="py-1 pr-3 font-mono">{t.employeeNumber}</td>
                  <td className="py-1 pr-3">{t.name}</td>
                  <td className="py-1 pr-3">{t.days}</td>
                  <td className="py-1 text-right font-mono" data-testid={`ttoc-total-${t.employeeNumber}`}>{centsToDecimal(t.cents)}</td>
                </tr>
              ))}
              <tr className="border-t-2 border-slate-400 font-semibold"><td className="py-1 pr-3" colSpan={3}>Period total</td><td className="py-1 text-right font-mono">{centsToDecimal(totalCents)}</td></tr>
            </tbody>
          </table>
        )}
      </section>
      <PayLines lines={period.lines} />
      {canRun && open ? (
        <section aria-labelledby="import-h" className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="import-h" className="text-lg font-semibold">Import callouts from the dispatch system</h2>
          <p className="my-2 text-sm">CSV with a header row: <code>{TTOC_CSV_COLUMNS.join(",")}</code>. One row per callout; dates in this period; give <code>start</code> and <code>end</code> (HH:MM, the school&apos;s lunch break decides a half day, B.2.9.e) or the dispatch <code>fraction</code> (B.2.9.g). All rows are saved or none.</p>
          <ImportDaysForm action={importDaysAction.bind(null, id)} />
        </section>
      ) : null}
    </div>
  );
}
