import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { dashboardSummary } from "@/lib/dal/dashboard";
import { homeSummary } from "@/lib/dal/home";
import { weekdayDate } from "@/lib/format/dates";
import { ActionFirst } from "@/components/home/action-first";
import { MyDeadlines } from "@/components/home/my-deadlines";
import { DistrictWork } from "@/components/home/district-work";
import { LifStatus } from "@/components/home/lif-status";
import { DistrictCards } from "@/components/home/districts";

export const metadata: Metadata = { title: "Dashboard" };

/** Home: what needs this person first, then their work by role (deadlines; TTOC, layoffs, recall; LIF), then their districts. */
export default async function Dashboard() {
  const actor = await requireUser();
  const [{ districts, recentChanges }, s] = await Promise.all([dashboardSummary(actor), homeSummary(actor)]);
  const deadlines = s.deadlines ? <MyDeadlines d={s.deadlines} today={s.today} /> : null;
  const work = s.work ? <DistrictWork work={s.work} today={s.today} /> : null;
  const lif = s.lif.length || actor.memberships.some((m) => m.role !== "STEWARD" && m.role !== "VIEWER") ? <LifStatus items={s.lif} today={s.today} /> : null;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Dashboard</h1>
        <p className="text-slate-700">Today is {weekdayDate(s.today)} (Vancouver).</p>
      </div>
      {districts.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-4">
          Your account is not yet attached to a district or a local. Ask an administrator to add you.
        </p>
      ) : <ActionFirst summary={s} />}
      <div className="grid gap-4 lg:grid-cols-2">
        {s.union ? <>{deadlines}{lif}{work}</> : <>{work}{lif}{deadlines}</>}
      </div>
      {districts.length ? (
        <section aria-labelledby="districts-h" className="space-y-3">
          <h2 id="districts-h" className="text-lg font-semibold">Your districts</h2>
          <DistrictCards districts={districts} />
        </section>
      ) : null}
      {recentChanges.length ? (
        <section aria-labelledby="recent" className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="recent" className="text-lg font-semibold">Latest changes</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {recentChanges.map((c) => (
              <li key={c.id}>{c.at.toISOString().slice(0, 16).replace("T", " ")} UTC — {c.user?.email ?? "system"} — {c.action} {c.entity}</li>
            ))}
          </ul>
          <Link className="mt-2 inline-block text-sm text-blue-800 underline" href="/admin/audit">Open the audit log</Link>
        </section>
      ) : null}
    </div>
  );
}
