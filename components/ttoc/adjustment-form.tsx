"use client";
import { useActionState } from "react";
import type { TtocState } from "@/app/(app)/ttoc/actions";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export type Action = (p: TtocState, fd: FormData) => Promise<TtocState>;

/** Records a correction of an approved day: the TTOC, the date of the original line, and why. */
export function AdjustmentForm({ action }: { action: Action }) {
  const [s, a, pending] = useActionState(action, {});
  const v = s.values ?? {};
  return (
    <form action={a} noValidate aria-label="Record an adjustment" className="mt-4 grid gap-3 sm:grid-cols-4 sm:items-end">
      <TextField label="TTOC employee number" name="employeeNumber" id="adj-employee" defaultValue={v.employeeNumber} errors={s.errors?.employeeNumber} />
      <TextField label="Date of the original line" name="date" id="adj-date" type="date" defaultValue={v.date} errors={s.errors?.date} />
      <TextField label="Reason" name="reason" id="adj-reason" defaultValue={v.reason} errors={s.errors?.reason} hint="e.g. retroactive step change" />
      <Button type="submit" disabled={pending}>{pending ? "Recomputing…" : "Record adjustment"}</Button>
      <div role="status" aria-live="polite" className={`text-sm font-medium sm:col-span-4 ${s.ok ? "text-green-800" : "text-red-700"}`}>{s.message}</div>
    </form>
  );
}
