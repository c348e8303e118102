"use client";
import { useActionState, useState } from "react";
import type { TtocState } from "@/app/(app)/ttoc/actions";
import { CheckboxField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useFileLimit } from "@/components/ui/use-file-limit";

type Action = (p: TtocState, fd: FormData) => Promise<TtocState>;

function Status({ s }: { s: TtocState }) {
  return <div role="status" aria-live="polite" className={`text-sm font-medium ${s.ok ? "text-green-800" : "text-red-700"}`}>{s.message}</div>;
}

/** Pre-filled with the next semi-monthly period (B.9); another range needs the "non-standard" box and a reason. */
export function NewPeriodForm({ action, label, defaults }: { action: Action; label: string; defaults: { startDate: string; endDate: string } }) {
  const [s, a, pending] = useActionState(action, {});
  // Uncontrolled box: React resets a form after its action, back to the defaults of the returned values.
  const [nonStandard, setNonStandard] = useState(s.values?.nonStandard === "on");
  return (
    <form action={a} noValidate className="space-y-3" aria-label={label}>
      <div className="flex flex-wrap items-start gap-3">
        <TextField label="Start" name="startDate" type="date" id={`${label}-start`} defaultValue={s.values?.startDate ?? defaults.startDate} errors={s.errors?.startDate} />
        <TextField label="End" name="endDate" type="date" id={`${label}-end`} defaultValue={s.values?.endDate ?? defaults.endDate} errors={s.errors?.endDate} />
      </div>
      <p className="text-sm text-slate-700">Pre-filled with the next semi-monthly period: {defaults.startDate} to {defaults.endDate} (B.9).</p>
      <CheckboxField label="Non-standard period (not a semi-monthly range, B.9)" name="nonStandard" id={`${label}-nonstandard`} defaultChecked={s.values?.nonStandard === "on"} onChange={(e) => setNonStandard(e.target.checked)} />
      {nonStandard ? <TextField label="Why this period is non-standard" name="reason" id={`${label}-reason`} defaultValue={s.values?.reason} errors={s.errors?.reason} hint="Stored with the period and in the audit log" /> : null}
      <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create period"}</Button>
      <Status s={s} />
    </form>
  );
}

export function ImportDaysForm({ action }: { action: Action }) {
  const [s, a, pending] = useActionState(action, {});
  const limit = useFileLimit(5_000_000, "The file is larger than 5 MB: split it");
  const err = limit.error ? [limit.error] : s.errors?.file;
  return (
    <form action={a} onSubmit={limit.onSubmit} className="space-y-3" aria-label="Import callouts">
      <div>
        <label htmlFor="ttoc-file" className="block text-sm font-medium">Dispatch CSV file</label>
        <input id="ttoc-file" name="file" type="file" accept=".csv,text/csv" className="mt-1 block" aria-invalid={err ? true : undefined} aria-describedby={err ? "ttoc-file-error" : undefined} onChange={limit.onChange} />
        <div id="ttoc-file-error" aria-live="polite">{err?.map((m) => <p key={m} className="text-sm font-medium text-red-700">{m}</p>)}</div>
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Importing…" : "Import callouts"}</Button>
      <Status s={s} />
      {s.rowErrors?.length ? (
        <table className="min-w-full text-sm" aria-label="Import errors by row">
          <thead className="text-left"><tr><th scope="col" className="pr-3">Row</th><th scope="col" className="pr-3">Field</th><th scope="col">Problem</th></tr></thead>
          <tbody>{s.rowErrors.slice(0, 500).map((e, i) => <tr key={i} className="border-t border-slate-200"><td className="pr-3">{e.row}</td><td className="pr-3">{e.field}</td><td>{e.message}</td></tr>)}</tbody>
        </table>
      ) : null}
    </form>
  );
}

export function ButtonForm({ action, label, pendingLabel, danger }: { action: Action; label: string; pendingLabel: string; danger?: boolean }) {
  const [s, a, pending] = useActionState(action, {});
  return (
    <form action={a} className="flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={pending} className={danger ? "bg-red-800 hover:bg-red-900" : ""}>{pending ? pendingLabel : label}</Button>
      {pending ? <p role="status" className="text-sm text-slate-700">{pendingLabel} This can take a few seconds.</p> : <Status s={s} />}
    </form>
  );
}
