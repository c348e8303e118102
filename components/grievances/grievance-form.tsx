"use client";
import { useActionState } from "react";
import type { GrievanceFormState } from "@/app/(app)/grievances/actions";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { GrievorPicker } from "./grievor-picker";

export interface FilingTarget {
  id: string;
  label: string;
  types: Array<{ value: string; label: string }>;
  /** Working-day calendar profiles of the agreement; the first is its default. */
  profiles: Array<{ value: string; label: string }>;
}

/** The new-grievance form: the facts a time limit counts from, validated on the server. */
/** `idempotencyKey`: a random key rendered once with the page, so a double submit files one grievance. */
export function GrievanceForm({ action, targets, today, idempotencyKey }: { action: (p: GrievanceFormState, fd: FormData) => Promise<GrievanceFormState>; targets: FilingTarget[]; today: string; idempotencyKey?: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const err = (k: string) => state.errors?.[k];
  const v = (k: string) => state.values?.[k];
  const profiles = targets.flatMap((t) => t.profiles.map((o, i) => ({ value: i === 0 ? "" : o.value, label: `${targets.length > 1 ? `${t.label}: ` : ""}${o.label}${i === 0 ? " (default)" : ""}` })));
  const types = targets.flatMap((t) => t.types.map((o) => ({ value: o.value, label: targets.length > 1 ? `${t.label}: ${o.label}` : o.label })));
  return (
    <form key={JSON.stringify(state.values ?? null)} action={formAction} noValidate className="space-y-5 rounded-lg border border-slate-300 bg-white p-5">
      {idempotencyKey ? <input type="hidden" name="idempotencyKey" value={idempotencyKey} /> : null}
      <div role="status" aria-live="polite" className="text-sm font-medium text-red-700">{state.message}</div>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Grievance</legend>
        <SelectField label="Agreement" name="agreementId" defaultValue={v("agreementId") ?? targets[0]?.id} errors={err("agreementId")} options={targets.map((t) => ({ value: t.id, label: t.label }))} />
        <SelectField label="Type of grievance" name="type" defaultValue={v("type") ?? types[0]?.value} errors={err("type")} options={types} hint="SD71 policy grievances start at Step 2 (12.02(b))" />
        <GrievorPicker agreementFieldId="f-agreementId" grievorsFieldId="f-grievors" />
        <TextField label="Grievors" name="grievors" defaultValue={v("grievors")} errors={err("grievors")} hint="Employee numbers, separated by commas" autoComplete="off" />
        <CheckboxField label="Group or policy grievance" name="policy" defaultChecked={v("policy") === "on"} errors={err("policy")} hint="General application: no individual grievor is needed" />
        <TextField label="Articles alleged violated" name="articles" defaultValue={v("articles")} errors={err("articles")} hint="Article ids separated by commas, e.g. C.2.1, A.6.2.b or 15.02(a)" autoComplete="off" />
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Dates</legend>
        <TextField label="Date of violation" name="violationDate" type="date" max={today} defaultValue={v("violationDate")} errors={err("violationDate")} />
        <TextField label="Date became aware" name="awarenessDate" type="date" max={today} defaultValue={v("awarenessDate")} errors={err("awarenessDate")} hint="If later than the violation; the time limit then counts from this date" />
        <SelectField label="Working-day calendar" name="calendarProfile" defaultValue={v("calendarProfile") ?? ""} errors={err("calendarProfile")} options={profiles} hint="How working days are counted (SD73 AMB-01); district closures count only on a school-days calendar" />
      </fieldset>
      <TextAreaField label="Summary" name="summary" defaultValue={v("summary")} errors={err("summary")} />
      <TextAreaField label="Remedy sought" name="remedy" defaultValue={v("remedy")} errors={err("remedy")} rows={3} />
      <Button type="submit" disabled={pending}>{pending ? "Filing…" : "File grievance"}</Button>
    </form>
  );
}
