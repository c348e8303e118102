import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { dashboardSummary } from "@/lib/dal/dashboard";
import { STATUS_LABELS, TYPE_LABELS } from "@/lib/schemas/employee";

export const metadata: Metadata = { title: "Dashboard" };

export default async function Dashboard() {
  const actor = await requireUser();
  const { districts, recentChanges } = await dashboardSummary(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Dashboard</h1>
      {districts.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-4">
          Your account is not yet attached to a district or a local. Ask an administrator to add you.
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        {districts.map((d) => (
          <section key={d.id} aria-labelledby={`d-${d.code}`} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
            <h2 id={`d-${d.code}`} className="text-lg font-semibold">{d.name}</h2>
            <p className="text-sm text-slate-700">{d.agreement?.title}{d.agreement?.local ? ` — ${d.agreement.local.name}` : ""}</p>
            <p className="mt-3 text-3xl font-bold" data-testid={`headcount-${d.code}`}>{d.total}</p>
            <p className="text-sm text-slate-700">employees in the bargaining unit</p>
            <div className="mt-3 grid grid-cols-2 gap-3 text-sm">
              <ul aria-label={`${d.code} by employment type`}>
                {d.byType.map(([t, n]) => (
                  <li key={t}>
                    <Link className="text-blue-800 underline" href={`/employees?organizationId=${d.id}&type=${t}`}>{TYPE_LABELS[t as keyof typeof TYPE_LABELS]}</Link>: {n}
                  </li>
                ))}
              </ul>
              <ul aria-label={`${d.code} by status`}>
                {d.byStatus.map(([s, n]) => (
                  <li key={s}>
                    <Link className="text-blue-800 underline" href={`/employees?organizationId=${d.id}&status=${s}`}>{STATUS_LABELS[s as keyof typeof STATUS_LABELS]}</Link>: {n}
                  </li>
                ))}
              </ul>
            </div>
            {d.canEdit ? (
              <p className="mt-3 text-sm">
                <Link className="text-blue-800 underline" href={`/employees/new?organizationId=${d.id}`}>Add an employee</Link>
                {" · "}
                <Link className="text-blue-800 underline" href={`/employees/import?organizationId=${d.id}`}>Import employees (CSV)</Link>
              </p>
            ) : null}
          </section>
        ))}
      </div>
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
