"use client";
import { useActionState, useState } from "react";
import type { LayoffFormState } from "@/app/(app)/layoffs/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { isPastDate } from "@/lib/layoffs/past-date";
import { PositionPicker, type PositionGroup } from "./position-picker";

type Action = (p: LayoffFormState, fd: FormData) => Promise<LayoffFormState>;
export type { PositionGroup } from "./position-picker";

/** The what-if form of one agreement. Running it saves a draft scenario; nobody is laid off until it is confirmed. */
/** today and the default effective date come from the server (BC time, lib/layoffs/effective-date.ts). */
export function ScenarioForm({ action, agreement, groups, qualifications, today, defaultDate, dateHint }: {
  action: Action; agreement: "sd73-teachers" | "sd71-cupe439"; groups: PositionGroup[]; qualifications: string[]; today: string; defaultDate: string; dateHint: string;
}) {
  const [s, a, pending] = useActionState(action, {});
  const v = (k: string) => (typeof s.values?.[k] === "string" ? (s.values[k] as string) : undefined);
  const [date, setDate] = useState(defaultDate);
  const past = isPastDate(date, today);
  const dateErr = s.errors?.effectiveDate;
  return (
    <form action={a} noValidate className="space-y-4" aria-label="Layoff what-if">
      <input type="hidden" name="agreement" value={agreement} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label="Scenario name" name="name" defaultValue={v("name")} errors={s.errors?.name} />
        <div>
          <TextField label="Layoff effective date" name="effectiveDate" type="date" defaultValue={v("effectiveDate") ?? defaultDate} errors={dateErr} hint={dateHint}
            onChange={(e) => setDate(e.target.value)} aria-describedby={["f-effectiveDate-hint", past ? "f-effectiveDate-past" : null, dateErr?.length ? "f-effectiveDate-error" : null].filter(Boolean).join(" ")} />
          <div aria-live="polite">{past ? <p id="f-effectiveDate-past" className="mt-1 text-sm font-medium text-amber-900">This date has passed (today is {today}): the what-if still runs, as of today&apos;s seniority list.</p> : null}</div>
        </div>
        <TextField label="Notice date (optional)" name="noticeDate" type="date" defaultValue={v("noticeDate")} errors={s.errors?.noticeDate} hint="When written notice is or was given" />
      </div>
      {agreement === "sd73-teachers" ? (
        <fieldset className="grid gap-4 rounded-md border border-slate-300 p-3 sm:grid-cols-4">
          <legend className="px-1 text-sm font-semibold">Reduction, district-wide (C.12.1.b.i)</legend>
          <SelectField label="Cut by" name="kind" defaultValue={v("kind") ?? "positions"} errors={s.errors?.kind} options={[{ value: "positions", label: "Number of positions" }, { value: "fte", label: "FTE" }]} />
          <TextField label="Positions to cut" name="count" inputMode="numeric" defaultValue={v("count")} errors={s.errors?.count} hint="When cutting by positions" />
          <TextField label="FTE to cut" name="fte" inputMode="decimal" defaultValue={v("fte")} errors={s.errors?.fte} hint="When cutting by FTE, e.g. 2.5" />
          <SelectField label="Qualification needed for the positions left" name="qualification" defaultValue={v("qualification") ?? ""} errors={s.errors?.qualification}
            options={[{ value: "", label: "None in particular" }, ...qualifications.map((q) => ({ value: q, label: q }))]} />
        </fieldset>
      ) : (
        <fieldset className="space-y-3 rounded-md border border-slate-300 p-3">
          <legend className="px-1 text-sm font-semibold">Positions eliminated (17.04)</legend>
          <PositionPicker groups={groups} chosen={(s.values?.eliminate as string[] | undefined) ?? []} errors={s.errors?.eliminate} />
          <SelectField label="Qualified for (17.04(a))" name="qualificationBasis" defaultValue={v("qualificationBasis") ?? "classification"} errors={s.errors?.qualificationBasis}
            options={[{ value: "classification", label: "Own classification and classifications listed as qualifications" }, { value: "pay-grade", label: "Also any position of the general classification at the same or a lower pay grade" }]} />
        </fieldset>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>{pending ? "Running…" : "Run what-if and save draft"}</Button>
        <div role="status" aria-live="polite" className="text-sm font-medium text-red-700">{s.message}</div>
      </div>
    </form>
  );
}
