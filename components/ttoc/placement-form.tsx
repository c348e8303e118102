"use client";
import { useActionState } from "react";
import type { TtocState } from "@/app/(app)/ttoc/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Action = (p: TtocState, fd: FormData) => Promise<TtocState>;

/** Records a TTOC's placement from a date (B.2.6 category and step, or B.2.8 non-certificated). */
export function PlacementForm({ action }: { action: Action }) {
  const [s, a, pending] = useActionState(action, {});
  const v = s.values ?? {};
  return (
    <form action={a} noValidate aria-label="Record a placement change" className="grid gap-3 sm:grid-cols-3">
      <TextField label="Effective date" name="effectiveDate" id="pl-date" type="date" defaultValue={v.effectiveDate} errors={s.errors?.effectiveDate} />
      <SelectField label="Certificated" name="certificated" id="pl-cert" defaultValue={v.certificated ?? "yes"} errors={s.errors?.certificated} options={[{ value: "yes", label: "Yes: paid 1/189 of category and step (B.2.6)" }, { value: "no", label: "No: substitute daily rate (B.2.8)" }]} />
      <SelectField label="Category" name="category" id="pl-cat" defaultValue={v.category ?? ""} errors={s.errors?.category} options={[{ value: "", label: "—" }, ...["4", "5", "5+", "6"].map((c) => ({ value: c, label: `Category ${c}` }))]} />
      <TextField label="Step" name="step" id="pl-step" inputMode="numeric" defaultValue={v.step} errors={s.errors?.step} />
      <TextField label="C.4 bank on that date (days, optional)" name="bankDays" id="pl-bank" inputMode="numeric" defaultValue={v.bankDays} errors={s.errors?.bankDays} hint="Blank carries the bank forward" />
      <TextField label="Note" name="note" id="pl-note" defaultValue={v.note} errors={s.errors?.note} />
      <div className="flex items-center gap-3 sm:col-span-3">
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Record placement"}</Button>
        <div role="status" aria-live="polite" className={`text-sm font-medium ${s.ok ? "text-green-800" : "text-red-700"}`}>{s.message}</div>
      </div>
    </form>
  );
}
