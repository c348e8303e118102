import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { hasRole } from "@/lib/dal/actor";
import { findPayPeriod } from "@/lib/dal/ttoc";
import { approvalSummary } from "@/lib/dal/ttoc-period-admin";
import { formatCents } from "@/lib/rules/core";
import { Forbidden } from "@/components/forbidden";
import { ButtonForm } from "@/components/ttoc/period-forms";
import { orNotFound } from "@/lib/not-found";
import { approvePeriodAction } from "../../actions";

export const metadata: Metadata = { title: "Approve TTOC pay period" };
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The confirm step before approval: what is frozen (counts, total, every TTOC by name and number). */
export default async function ApprovePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser();
  const period = await orNotFound(findPayPeriod(actor, id));
  if (!hasRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: period.organizationId })) return <Forbidden what="approve this pay period" />;
  const range = `${iso(period.startDate)} to ${iso(period.endDate)}`;
  const back = <p><Link className="text-blue-800 underline" href={`/ttoc/${id}`}>← TTOC pay {range}</Link></p>;
  if (period.status === "APPROVED") return <div className="space-y-4">{back}<p role="status">This period was approved on {period.approvedAt ? iso(period.approvedAt) : "—"}.</p></div>;
  if (!period.computedAt) return <div className="space-y-4">{back}<p role="alert">Run the period before approving it.</p></div>;
  const s = await approvalSummary(actor, id);
  return (
    <div className="max-w-3xl space-y-4">
      {back}
      <h1 className="text-2xl font-bold">Approve TTOC pay {range} — {period.organization.code}</h1>
      <p>Approving freezes the period: its lines can no longer change, and corrections go in a later period as adjustment lines (B.2.7). Approving records:</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border border-slate-300 bg-white p-4" aria-label="What approval freezes">
        <dt className="font-medium">Period</dt><dd>{range}{period.nonStandardReason ? ` (non-standard: ${period.nonStandardReason})` : ""}</dd>
        <dt className="font-medium">TTOCs</dt><dd data-testid="approve-ttocs">{s.ttocs.length}</dd>
        <dt className="font-medium">Pay lines</dt><dd data-testid="approve-lines">{s.lineCount}{s.adjustments ? ` (including ${s.adjustments} adjustment${s.adjustments === 1 ? "" : "s"})` : ""}</dd>
        <dt className="font-medium">Total</dt><dd data-testid="approve-total">{formatCents(s.totalCents)}</dd>
        <dt className="font-medium">Computed</dt><dd>{period.computedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</dd>
      </dl>
      <details open={s.ttocs.length <= 20} className="rounded-lg border border-slate-300 bg-white p-4">
        <summary className="cursor-pointer font-medium">The {s.ttocs.length} TTOC{s.ttocs.length === 1 ? "" : "s"} paid</summary>
        <ul className="mt-2 space-y-1" aria-label="TTOCs paid in this period">
          {s.ttocs.map((t) => <li key={t.employeeNumber} className="flex flex-wrap justify-between gap-2 border-t border-slate-100 pt-1"><span>{t.name} ({t.employeeNumber}) · {t.lines} line{t.lines === 1 ? "" : "s"}</span><span className="tabular-nums">{formatCents(t.cents)}</span></li>)}
        </ul>
      </details>
      <p className="text-sm text-slate-700">The lines are checked against a recalculation before they are frozen; if anything changed since the last run, approval is refused and nothing is frozen.</p>
      <ButtonForm action={approvePeriodAction.bind(null, id)} label="Approve and freeze the period" pendingLabel="Approving…" />
    </div>
  );
}
