"use client";
import { useActionState } from "react";
import type { FormState } from "@/app/(app)/seniority/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

type Option = { value: string; label: string };

/** One service-ledger entry; errors appear next to their field and nothing is saved until all pass. */
export function LedgerForm({ action, kinds, reasons }: { action: (p: FormState, fd: FormData) => Promise<FormState>; kinds: Option[]; reasons: Option[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.ok ? {} : state.values ?? {};
  const e = state.errors ?? {};
  return (
    <form action={formAction} className="grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2" key={String(state.nonce ?? 0)}>
      <h2 className="text-lg font-semibold sm:col-span-2">Add a ledger entry</h2>
      <SelectField label="Kind" name="kind" options={kinds} defaultValue={v.kind} errors={e.kind} />
      <SelectField label="Leave kind, break reason or contract type" name="reason" options={[{ value: "", label: "—" }, ...reasons]} defaultValue={v.reason} errors={e.reason} />
      <TextField label="Start date" name="startDate" type="date" defaultValue={v.startDate} errors={e.startDate} required />
      <TextField label="End date" name="endDate" type="date" defaultValue={v.endDate} errors={e.endDate} hint="Blank for an open appointment, leave or layoff." />
      <TextField label="FTE" name="fte" inputMode="decimal" defaultValue={v.fte} errors={e.fte} hint="Appointments and contracts: 0–1." />
      <TextField label="Quantity" name="quantity" inputMode="decimal" defaultValue={v.quantity} errors={e.quantity} hint="TTOC days (in halves), hours worked, or ported days." />
      <div className="sm:col-span-2"><TextField label="Note" name="note" defaultValue={v.note} errors={e.note} /></div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save entry"}</Button>
        <p role="status" aria-live="polite" className={`text-sm font-medium ${state.ok ? "text-green-800" : "text-red-700"}`}>{state.message}</p>
      </div>
    </form>
  );
}
