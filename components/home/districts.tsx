import Link from "@/components/ui/link";
import type { dashboardSummary } from "@/lib/dal/dashboard";
import { STATUS_LABELS, TYPE_LABELS } from "@/lib/schemas/employee";

type Districts = Awaited<ReturnType<typeof dashboardSummary>>["districts"];

/** Headcounts of each visible district, by employment type and status, each linked to the filtered employee list. */
export function DistrictCards({ districts }: { districts: Districts }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {districts.map((d) => (
        <section key={d.id} aria-labelledby={`d-${d.code}`} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
          <h3 id={`d-${d.code}`} className="text-lg font-semibold">{d.name}</h3>
          <p className="text-sm text-slate-700">{d.agreement?.title}{d.agreement?.local ? ` — ${d.agreement.local.name}` : ""}</p>
          <p className="mt-3 text-3xl font-bold" data-testid={`headcount-${d.code}`}>{d.total}</p>
          <p className="text-sm text-slate-700">employees in the bargaining unit</p>
          <div className="mt-3 grid grid-cols-2 gap-3 text-sm">
            <ul aria-label={`${d.code} by employment type`}>
              {d.byType.map(([t, n]) => (
                <li key={t}><Link className="text-blue-800 underline" href={`/employees?organizationId=${d.id}&type=${t}`}>{TYPE_LABELS[t as keyof typeof TYPE_LABELS]}</Link>: {n}</li>
              ))}
            </ul>
            <ul aria-label={`${d.code} by status`}>
              {d.byStatus.map(([s, n]) => (
                <li key={s}><Link className="text-blue-800 underline" href={`/employees?organizationId=${d.id}&status=${s}`}>{STATUS_LABELS[s as keyof typeof STATUS_LABELS]}</Link>: {n}</li>
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
  );
}
