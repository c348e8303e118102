"use client";
import { useActionState } from "react";
import type { ClosureFormState } from "@/app/(app)/admin/calendar/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

/** Adds one closure (a break or a non-instructional day) to a district's school year. */
export function ClosureForm({ action, districts, schoolYear }: {
  action: (p: ClosureFormState, fd: FormData) => Promise<ClosureFormState>;
  districts: Array<{ value: string; label: string }>; schoolYear: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const err = (k: string) => state.errors?.[k];
  const v = (k: string) => state.values?.[k];
  return (
    <form key={JSON.stringify(state.values ?? state.saved ?? null)} action={formAction} noValidate className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      <div role="status" aria-live="polite" className={`text-sm font-medium ${state.saved ? "text-green-800" : "text-red-700"}`}>{state.saved ?? state.message}</div>
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField label="District" name="organizationId" defaultValue={v("organizationId")} errors={err("organizationId")} options={districts} />
        <TextField label="School year" name="schoolYear" defaultValue={v("schoolYear") ?? schoolYear} errors={err("schoolYear")} hint="July 1 to June 30, e.g. 2024-25" autoComplete="off" />
        <TextField label="Closure" name="label" defaultValue={v("label")} errors={err("label")} hint="e.g. Winter break, Spring break, Pro-D day" autoComplete="off" />
        <TextField label="First day closed" name="fromDate" type="date" defaultValue={v("fromDate")} errors={err("fromDate")} />
        <TextField label="Last day closed" name="toDate" type="date" defaultValue={v("toDate")} errors={err("toDate")} hint="The same day for a single day" />
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Adding…" : "Add closure"}</Button>
    </form>
  );
}
