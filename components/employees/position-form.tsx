"use client";
import { useActionState } from "react";
import type { FormState } from "@/app/(app)/employees/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export interface PositionFormValues { title: string; school: string; fte: string; startDate?: string }

/**
 * Edits a position's title, school and FTE, or adds a position (with its start date) when `adding`. `opened`: the
 * position's last change when the page was rendered (a save over a newer change is refused). `idPrefix` keeps field
 * ids unique when the page shows several positions.
 */
export function PositionForm({ action, values, schools, adding, opened, label, idPrefix }: {
  action: (p: FormState, fd: FormData) => Promise<FormState>;
  values: PositionFormValues;
  schools: ReadonlyArray<{ value: string; label: string }>;
  adding?: boolean;
  opened?: string;
  label: string;
  idPrefix: string;
}) {
  const [s, a, pending] = useActionState(action, {});
  // After a refused save, show what was typed (React resets the form to its defaults after an action).
  const v = (s.values as Partial<PositionFormValues> | undefined) ?? values;
  const err = (k: string) => s.errors?.[k];
  return (
    <form key={JSON.stringify(s.values ?? null)} action={a} noValidate aria-label={label} className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {opened ? <input type="hidden" name="opened" value={opened} /> : null}
      <TextField label="Title" name="title" id={`${idPrefix}-title`} defaultValue={v.title} errors={err("title")} autoComplete="off" />
      <SelectField label="School" name="school" id={`${idPrefix}-school`} defaultValue={v.school ?? ""} errors={err("school")} options={[{ value: "", label: "No school" }, ...schools]} />
      <TextField label="FTE" name="fte" id={`${idPrefix}-fte`} inputMode="decimal" defaultValue={v.fte} errors={err("fte")} hint="0 to 1, e.g. 1 or 0.5" />
      {adding ? <TextField label="Start date" name="startDate" id={`${idPrefix}-start`} type="date" defaultValue={v.startDate} errors={err("startDate")} /> : null}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <Button type="submit" disabled={pending} aria-busy={pending || undefined}>{pending ? "Saving…" : adding ? "Add position" : "Save position"}</Button>
        <div role="status" aria-live="polite" className="text-sm font-medium text-red-700">{s.message}</div>
      </div>
    </form>
  );
}
