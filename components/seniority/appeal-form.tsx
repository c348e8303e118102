"use client";
import { useActionState } from "react";
import type { FormState } from "@/app/(app)/seniority/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";

/** Records an appeal of a published SD71 list (15.02(a): within six months of its issue). */
export function AppealForm({ action, appealBy }: { action: (p: FormState, fd: FormData) => Promise<FormState>; appealBy: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.ok ? {} : state.values ?? {};
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4" key={String(state.nonce ?? 0)}>
      <h3 className="font-semibold">Record an appeal</h3>
      <TextField label="Employee number" name="employeeNumber" defaultValue={v.employeeNumber} errors={state.errors?.employeeNumber} required />
      <TextField label="Date received" name="receivedOn" type="date" defaultValue={v.receivedOn} hint={`Appeals are accepted until ${appealBy} (15.02(a)).`} errors={state.errors?.receivedOn} required />
      <TextAreaField label="Grounds" name="grounds" defaultValue={v.grounds} errors={state.errors?.grounds} required />
      <Button type="submit" disabled={pending}>{pending ? "Recording…" : "Record appeal"}</Button>
      <p role="status" aria-live="polite" className={`text-sm font-medium ${state.ok ? "text-green-800" : "text-red-700"}`}>{state.message}</p>
    </form>
  );
}
