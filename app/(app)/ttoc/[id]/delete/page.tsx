import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { hasRole } from "@/lib/dal/actor";
import { findPayPeriod } from "@/lib/dal/ttoc";
import { deletionSummary } from "@/lib/dal/ttoc-period-admin";
import { Forbidden } from "@/components/forbidden";
import { ButtonForm } from "@/components/ttoc/period-forms";
import { orNotFound } from "@/lib/not-found";
import { deletePeriodAction } from "../../actions";

export const metadata: Metadata = { title: "Delete TTOC pay period" };
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The confirm step before deleting an open period: what goes (its computed lines) and what stays (the callouts). */
export default async function DeletePeriodPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser();
  const period = await orNotFound(findPayPeriod(actor, id));
  if (!hasRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: period.organizationId })) return <Forbidden what="delete this pay period" />;
  const s = await deletionSummary(actor, id);
  const range = `${iso(period.startDate)} to ${iso(period.endDate)}`;
  return (
    <div className="max-w-3xl space-y-4">
      <p><Link className="text-blue-800 underline" href={`/ttoc/${id}`}>← TTOC pay {range}</Link></p>
      <h1 className="text-2xl font-bold">Delete the pay period {range} — {period.organization.code}</h1>
      {!s.deletable ? <p role="alert">This period is approved: its lines are frozen and it cannot be deleted.</p> : (
        <>
          <ul className="ml-5 list-disc">
            <li>{s.lines} computed pay line{s.lines === 1 ? "" : "s"} and {s.adjustments} adjustment line{s.adjustments === 1 ? "" : "s"} of this period are deleted (none is approved).</li>
            <li>The {s.callouts} callout{s.callouts === 1 ? "" : "s"} dated in this range stay recorded and are paid by the period that covers their dates.</li>
            <li>The deletion is recorded in the audit log.</li>
          </ul>
          <ButtonForm action={deletePeriodAction.bind(null, id)} label="Delete the period" pendingLabel="Deleting…" danger />
        </>
      )}
    </div>
  );
}
