"use client";
import { useActionState } from "react";
import type { TtocState } from "@/app/(app)/ttoc/actions";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Action = (p: TtocState, fd: FormData) => Promise<TtocState>;

function Status({ s }: { s: TtocState }) {
  return <div role="status" aria-live="polite" className={`text-sm font-medium ${s.ok ? "text-green-800" : "text-red-700"}`}>{s.message}</div>;
}

export function NewPeriodForm({ action, label }: { action: Action; label: string }) {
  const [s, a, pending] = useActionState(action, {});
  return (
    <form action={a} noValidate className="flex flex-wrap items-end gap-3" aria-label={label}>
      <TextField label="Start" name="startDate" type="date" id={`${label}-start`} errors={s.errors?.startDate} />
      <TextField label="End" name="endDate" type="date" id={`${label}-end`} errors={s.errors?.endDate} />
      <Button type="submit" disabled={pending}>Create period</Button>
      <Status s={s} />
    </form>
  );
}

export function ImportDaysForm({ action }: { action: Action }) {
  const [s, a, pending] = useActionState(action, {});
  const err = s.errors?.file;
  return (
    <form action={a} className="space-y-3" aria-label="Import callouts">
      <div>
        <label htmlFor="ttoc-file" className="block text-sm font-medium">Dispatch CSV file</label>
        <input id="ttoc-file" name="file" type="file" accept=".csv,text/csv" className="mt-1 block" aria-invalid={err ? true : undefined} aria-describedby={err ? "ttoc-file-error" : undefined} />
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

export function ButtonForm({ action, label, pendingLabel }: { action: Action; label: string; pendingLabel: string }) {
  const [s, a, pending] = useActionState(action, {});
  return (
    <form action={a} className="flex items-center gap-3">
      <Button type="submit" disabled={pending}>{pending ? pendingLabel : label}</Button>
      <Status s={s} />
    </form>
  );
}
