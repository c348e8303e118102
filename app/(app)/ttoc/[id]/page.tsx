import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { hasRole } from "@/lib/dal/actor";
import { getPayPeriod, previewPayPeriod } from "@/lib/dal/ttoc";
import { listAdjustments } from "@/lib/dal/ttoc-adjust";
import { retroCandidates } from "@/lib/dal/ttoc-retro";
import { formatCents } from "@/lib/rules/core";
import { TTOC_CSV_COLUMNS } from "@/lib/schemas/ttoc";
import { ButtonForm, ImportDaysForm } from "@/components/ttoc/period-forms";
import { TtocLines } from "@/components/ttoc/ttoc-lines";
import { periodLines } from "@/lib/dal/ttoc-period-lines";
import { linkButton, primaryLinkButton } from "@/components/ui/button";
import { PeriodTotals } from "@/components/ttoc/period-totals";
import { Adjustments } from "@/components/ttoc/adjustments";
import { importDaysAction, runPeriodAction, adjustmentAction, retroAction } from "../actions";
import { orNotFound } from "@/lib/not-found";
import { first, pageNumber } from "@/lib/search-params";

export const metadata: Metadata = { title: "TTOC pay period" };
const iso = (d: Date) => d.toISOString().slice(0, 10);

export default async function PayPeriodPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<"page" | "preview" | "ttoc" | "lpage" | "approved", string | string[] | undefined>> }) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const actor = await requireUser();
  const data = await orNotFound(getPayPeriod(actor, id, pageNumber(sp.page)));
  const { period, byTtoc, totalCents, dayCount, ttocCount, lineCount, page, pageCount } = data;
  const canRun = hasRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: period.organizationId });
  const open = period.status === "OPEN";
  // The preview recomputes the whole period, so it runs when asked for, not on every view of a large period.
  const wantPreview = first(sp.preview) === "1" && open && !!period.computedAt;
  const ttoc = first(sp.ttoc)?.trim().slice(0, 20) || undefined;
  const [preview, adjustments, lineData, retro] = await Promise.all([
    wantPreview ? previewPayPeriod(actor, id) : null, listAdjustments(actor, id),
    periodLines(actor, id, { employeeNumber: ttoc, page: pageNumber(sp.lpage) }),
    canRun && open ? retroCandidates(actor, id) : [],
  ]);
  const range = `${iso(period.startDate)} to ${iso(period.endDate)}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">TTOC pay {range} — {period.organization.code}</h1>
        <p className="text-slate-700">{open ? "Open" : `Approved ${period.approvedAt?.toISOString().slice(0, 10)}: this period can no longer change; corrections go in a later period.`} · {dayCount} callout{dayCount === 1 ? "" : "s"} recorded · {period.computedAt ? `computed ${period.computedAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : "not computed yet"}</p>
        <p className="mt-1 text-sm"><Link className="text-blue-800 underline" href="/ttoc/roster">TTOC roster</Link>{canRun && open ? <> · <Link className="text-blue-800 underline" href={`/ttoc/${id}/entry`}>Enter callouts</Link></> : null}</p>
      </div>
      {canRun && open ? (
        <section aria-labelledby="run-h" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="run-h" className="text-lg font-semibold">Run and approve</h2>
          <ButtonForm action={runPeriodAction.bind(null, id)} label="Run the period" pendingLabel="Computing…" />
          {preview && preview.diffs.length ? (
            <div role="region" aria-label="Recalculation differences" className="rounded border border-amber-500 bg-amber-50 p-3 text-sm">
              <p className="font-medium">A recalculation would change {preview.diffs.length} line(s):</p>
              <ul className="list-disc pl-6">{preview.diffs.slice(0, 50).map((d) => <li key={d.employeeNumber + d.date}>{d.name} ({d.employeeNumber}), {d.date}: {d.storedCents === null ? "new" : formatCents(d.storedCents)} → {d.newCents === null ? "removed" : formatCents(d.newCents)}</li>)}</ul>
            </div>
          ) : preview ? <p className="text-sm text-green-800">The stored lines match a recalculation.</p> : period.computedAt ? <p className="text-sm"><a className="text-blue-800 underline" href={`/ttoc/${id}?preview=1`}>Preview a recalculation</a> (differences from the stored lines, without saving)</p> : null}
          <p className="flex flex-wrap gap-3">
            {period.computedAt ? <Link className={primaryLinkButton} href={`/ttoc/${id}/approve`}>Approve the period…</Link> : null}
            <Link className={linkButton} href={`/ttoc/${id}/delete`}>Delete this period…</Link>
          </p>
        </section>
      ) : null}
      {!open ? (
        <section aria-labelledby="next-h" className={`rounded-lg border p-4 ${sp.approved ? "border-green-700 bg-green-50" : "border-slate-300 bg-white"}`}>
          <h2 id="next-h" className="text-lg font-semibold">{sp.approved ? "Approved. Next steps" : "Next steps"}</h2>
          {sp.approved ? <p role="status">The period is approved and frozen.</p> : null}
          <p className="mt-2 flex flex-wrap gap-3"><a className={linkButton} href={`/ttoc/${id}/export`}>Download the payroll CSV</a><Link className={linkButton} href={`/ttoc#new-${period.organization.code}`}>Create the next period</Link></p>
        </section>
      ) : null}
      {retro.length ? (
        <section aria-labelledby="retro-h" className="space-y-3 rounded-lg border border-amber-500 bg-amber-50 p-4">
          <h2 id="retro-h" className="text-lg font-semibold">Retroactive pay</h2>
          <p className="text-sm">These values were entered with an effective date before days already approved. A retro run recomputes each approved day from that date with the values now in force, less what was paid, as adjustment lines in this period (the approved periods do not change).</p>
          {retro.map((r) => (
            <div key={r.id} className="space-y-1">
              <p className="text-sm">{r.label}: {r.days} approved day(s) not yet covered.</p>
              <ButtonForm action={retroAction.bind(null, id, r.id)} label="Run retro" pendingLabel="Computing retro…" />
            </div>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="totals-h" className="rounded-lg border border-slate-300 bg-white p-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="totals-h" className="text-lg font-semibold">Totals by TTOC</h2>
          {ttocCount ? <a className="text-blue-800 underline" href={`/ttoc/${id}/export`}>{open ? "Download payroll CSV (draft)" : "Download payroll CSV"}</a> : null}
        </div>
        <PeriodTotals periodId={id} rows={byTtoc} totalCents={totalCents} ttocCount={ttocCount} page={page} pageCount={pageCount} />
      </section>
      <Adjustments lines={adjustments} action={canRun && open ? adjustmentAction.bind(null, id) : null} />
      {lineCount ? <TtocLines periodId={id} data={lineData} employeeNumber={ttoc} /> : null}
      {canRun && open ? (
        <section aria-labelledby="import-h" className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="import-h" className="text-lg font-semibold">Import callouts from the dispatch system</h2>
          <p className="my-2 text-sm">CSV with a header row: <code className="break-all">{TTOC_CSV_COLUMNS.join(",")}</code>. One row per callout; dates in this period; give <code>start</code> and <code>end</code> (HH:MM, the school&apos;s lunch break decides a half day, B.2.9.e) or the dispatch <code>fraction</code> (B.2.9.g). All rows are saved or none.</p>
          <ImportDaysForm action={importDaysAction.bind(null, id)} />
        </section>
      ) : null}
    </div>
  );
}
