import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { hasRole } from "@/lib/dal/actor";
import { listParameters } from "@/lib/dal/parameters";
import { Forbidden } from "@/components/forbidden";
import { NewValueForm } from "@/components/parameters/new-value-form";
import { WithdrawButton } from "@/components/parameters/withdraw-button";
import { parameterValueAction, withdrawParameterAction } from "./actions";

export const metadata: Metadata = { title: "Agreement parameters" };

/** Compact text of a value: a grid by its name, an amount in dollars. */
function show(v: unknown): string {
  if (v === null) return "ended";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return v;
  const o = v as { key?: string; fullDay?: number; minimum?: number };
  if (o.key) return `${o.key} (grid)`;
  if (o.fullDay !== undefined) return `full day ${o.fullDay}¢, minimum ${o.minimum}¢`;
  return JSON.stringify(v);
}

export default async function ParametersPage() {
  const actor = await requireUser();
  if (!hasRole(actor, ["ADMIN", "HR_CLERK"])) return <Forbidden what="see agreement parameters" />;
  const agreements = await listParameters(actor);
  const editable = agreements.filter((a) => a.canEdit);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Agreement parameters</h1>
      <p className="max-w-3xl text-slate-700">
        Every dated value the rules use, with its citation, the last day the agreement covers and its continuation clause. A district adds a new
        value (a grid effective July 1, a general wage increase) as data; days already approved are topped up only by a retro run on the TTOC pay page.
      </p>
      {editable.length ? (
        <section aria-labelledby="add-h" className="space-y-2">
          <h2 id="add-h" className="text-lg font-semibold">Add a value</h2>
          <NewValueForm action={parameterValueAction} agreements={editable.map((a) => ({ value: a.id, label: a.title }))}
            series={editable.flatMap((a) => a.series.filter((s) => s.editable).map((s) => ({ value: s.id, label: `${s.name} (${s.article})` })))} />
        </section>
      ) : null}
      {agreements.map((a) => (
        <section key={a.id} aria-labelledby={`a-${a.id}`} className="space-y-3">
          <h2 id={`a-${a.id}`} className="text-lg font-semibold">{a.title}</h2>
          {a.series.map((s) => (
            <table key={s.id} className="w-full border-collapse rounded-lg bg-white text-sm">
              <caption className="p-2 text-left">
                <span className="font-medium">{s.group}: {s.name}</span> ({s.article}{s.unit ? `, ${s.unit}` : ""}). Covered to {s.coverageTo}
                {s.continuation ? `; then ${s.continuation.article}: ${s.continuation.note}` : "; no continuation clause"}.
              </caption>
              <thead><tr className="border-b border-slate-300 text-left"><th scope="col" className="p-2">Effective</th><th scope="col" className="p-2">Value</th><th scope="col" className="p-2">Citation</th><th scope="col" className="p-2">Status</th></tr></thead>
              <tbody>
                {s.builtIn.map((v) => <tr key={v.from} className="border-b border-slate-200"><td className="p-2">{v.from}</td><td className="p-2">{show(v.value)}</td><td className="p-2">{v.cite}</td><td className="p-2">built in</td></tr>)}
                {s.entered.map((v) => (
                  <tr key={v.id} className="border-b border-slate-200">
                    <td className="p-2">{v.from}</td><td className="p-2">{show(v.value)}<br /><span className="text-slate-600">{v.method}</span></td><td className="p-2">{v.cite}</td>
                    <td className="p-2">{v.withdrawn ?? (a.canEdit ? <WithdrawButton action={withdrawParameterAction} id={v.id} label={`${s.name} ${v.from}`} /> : "in force")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </section>
      ))}
    </div>
  );
}
