"use client";
import { useActionState } from "react";
import type { LayoffFormState } from "@/app/(app)/layoffs/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Action = (p: LayoffFormState, fd: FormData) => Promise<LayoffFormState>;
export type PositionGroup = { label: string; options: Array<{ value: string; label: string }> };

/** The what-if form of one agreement. Running it saves a draft scenario; nobody is laid off until it is confirmed. */
export function ScenarioForm({ action, agreement, groups, qualifications }: { action: Action; agreement: "sd73-teachers" | "sd71-cupe439"; groups: PositionGroup[]; qualifications: string[] }) {
  const [s, a, pending] = useActionState(action, {});
  const v = (k: string) => (typeof s.values?.[k] === "string" ? (s.values[k] as string) : undefined);
  const elimErr = s.errors?.eliminate;
  return (
    <form action={a} noValidate className="space-y-4" aria-label="Layoff what-if">
      <input type="hidden" name="agreement" value={agreement} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label="Scenario name" name="name" defaultValue={v("name")} errors={s.errors?.name} />
        <TextField label="Layoff effective date" name="effectiveDate" type="date" defaultValue={v("effectiveDate") ?? (agreement === "sd73-teachers" ? "2026-06-30" : "")} errors={s.errors?.effectiveDate}
          hint={agreement === "sd73-teachers" ? "The end of a term: June 30 or December 31 (C.12.1.b.ii)" : "The first day on layoff (17.03)"} />
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
          <div>
            <label htmlFor="f-eliminate" className="block text-sm font-medium">Positions to eliminate</label>
            <p id="f-eliminate-hint" className="text-sm text-slate-600">Regular positions by incumbent, grouped by general classification (27.03). Hold Ctrl or Shift to choose several.</p>
            <select id="f-eliminate" name="eliminate" multiple size={12} defaultValue={(s.values?.eliminate as string[] | undefined) ?? []}
              className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-700"
              aria-invalid={elimErr?.length ? true : undefined} aria-describedby={`f-eliminate-hint${elimErr?.length ? " f-eliminate-error" : ""}`}>
              {groups.map((g) => <optgroup key={g.label} label={g.label}>{g.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</optgroup>)}
            </select>
            <div id="f-eliminate-error" aria-live="polite">{elimErr?.map((m) => <p key={m} className="mt-1 text-sm font-medium text-red-700">{m}</p>)}</div>
          </div>
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
