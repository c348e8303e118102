import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { findPayPeriod } from "@/lib/dal/ttoc";
import { listSchools } from "@/lib/dal/ttoc-schools";
import { ttocNames } from "@/lib/dal/ttoc-roster";
import { EntryGrid } from "@/components/ttoc/entry-grid";
import { saveEntryAction } from "../../actions";
import { orNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "Enter TTOC callouts" };
const iso = (d: Date) => d.toISOString().slice(0, 10);

export default async function EntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser();
  const period = await orNotFound(findPayPeriod(actor, id));
  const [allSchools, names] = await Promise.all([listSchools(actor), ttocNames(actor, period.organizationId)]);
  const schools = allSchools.filter((s) => s.organizationId === period.organizationId).map((s) => s.name);
  const range = `${iso(period.startDate)} to ${iso(period.endDate)}`;
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link className="text-blue-800 underline" href={`/ttoc/${id}`}>Back to the period {range}</Link></p>
      <h1 className="text-2xl font-bold">Enter callouts — {range}</h1>
      {period.status === "APPROVED" ? <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3">This period is approved and cannot change: record corrections as adjustments in a later period.</p> : (
        <>
          <p className="max-w-3xl text-slate-700">One callout per row: the TTOC&apos;s employee number, the date (in this period), the school, the teacher replaced, and either the start and end times (the school&apos;s lunch break decides a half day, B.2.9.e) or the worked fraction from dispatch (B.2.9.g). Blank rows are ignored; every row is saved or none.</p>
          <EntryGrid action={saveEntryAction.bind(null, id)} schools={schools} names={names} />
        </>
      )}
    </div>
  );
}
