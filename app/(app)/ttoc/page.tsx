import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { listPayPeriods, ttocDistricts } from "@/lib/dal/ttoc";
import { nextPeriodDefaults } from "@/lib/dal/ttoc-period-admin";
import { NewPeriodForm } from "@/components/ttoc/period-forms";
import { createPeriodAction } from "./actions";
import { orNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "TTOC pay" };

export default async function TtocPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const sp = await searchParams;
  const actor = await requireUser();
  const [periods, districts] = await orNotFound(Promise.all([listPayPeriods(actor), ttocDistricts(actor)]));
  const defaults = await nextPeriodDefaults(actor, districts.map((d) => d.id));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">TTOC pay periods</h1>
      {sp.deleted ? <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-sm">The period was deleted. Its callouts are kept and will be paid in the period that covers their dates.</p> : null}
      <p className="text-sm"><Link className="text-blue-800 underline" href="/ttoc/roster">TTOC roster</Link>{districts.length ? <> · <Link className="text-blue-800 underline" href="/ttoc/schools">School hours and lunch breaks</Link></> : null}</p>
      <p className="max-w-3xl text-slate-700">Teachers Teaching On Call are paid twice a month (B.2.7, B.9): certificated TTOCs 1/189 of their category and step, capped at Category 5 Step 8 (B.2.6), plus $11 in lieu of benefits prorated, at least $5.50 (B.2.5); non-certificated substitutes the B.2.8 daily rate; at least half a day per callout (B.2.9.d).</p>
      {periods.length === 0 ? <p className="rounded-md border border-slate-300 bg-white p-4">No pay periods yet.</p> : (
        <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Pay periods, latest first</caption>
            <thead className="bg-slate-100 text-left"><tr>{["Period", "District", "Status", "Lines"].map((h) => <th key={h} scope="col" className="px-3 py-2">{h}</th>)}</tr></thead>
            <tbody>
              {periods.map((p) => (
                <tr key={p.id} className="border-t border-slate-200">
                  <td className="px-3 py-2"><Link className="text-blue-800 underline" href={`/ttoc/${p.id}`}>{p.startDate.toISOString().slice(0, 10)} to {p.endDate.toISOString().slice(0, 10)}</Link></td>
                  <td className="px-3 py-2">{p.organization.code}</td>
                  <td className="px-3 py-2">{p.status === "APPROVED" ? "Approved" : "Open"}</td>
                  <td className="px-3 py-2">{p._count.lines}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {districts.map((d) => (
        <section key={d.id} aria-labelledby={`new-${d.code}`} className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 id={`new-${d.code}`} className="mb-3 text-lg font-semibold">New pay period — {d.code}</h2>
          <NewPeriodForm action={createPeriodAction.bind(null, d.id)} label={`New pay period ${d.code}`} defaults={defaults[d.id]} />
        </section>
      ))}
    </div>
  );
}
