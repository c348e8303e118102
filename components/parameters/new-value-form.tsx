"use client";
import { useActionState } from "react";
import type { ParameterFormState } from "@/app/(app)/admin/parameters/actions";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

/** Adds a dated value: preview (before/after) first, then save with an explicit confirmation. */
export function NewValueForm({ action, agreements, series }: {
  action: (p: ParameterFormState, fd: FormData) => Promise<ParameterFormState>;
  agreements: Array<{ value: string; label: string }>; series: Array<{ value: string; label: string }>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const err = (k: string) => state.errors?.[k];
  const v = (k: string) => state.values?.[k];
  return (
    <form key={JSON.stringify(state.values ?? state.saved ?? null)} action={formAction} aria-label="Add a parameter value" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      <div role="status" aria-live="polite" className={`text-sm font-medium ${state.saved ? "text-green-800" : "text-red-700"}`}>{state.saved ?? state.message}</div>
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField label="Agreement" name="agreementId" defaultValue={v("agreementId")} errors={err("agreementId")} options={agreements} />
        <SelectField label="Series" name="seriesId" defaultValue={v("seriesId")} errors={err("seriesId")} options={series} />
        <TextField label="Effective date" name="effectiveDate" type="date" defaultValue={v("effectiveDate")} errors={err("effectiveDate")} />
        <SelectField label="Entered as" name="method" defaultValue={v("method") ?? "gwi"} errors={err("method")} options={[{ value: "gwi", label: "General wage increase (%)" }, { value: "csv", label: "CSV upload (grid)" }]} />
        <TextField label="Increase (%)" name="percent" inputMode="decimal" defaultValue={v("percent")} errors={err("percent")} hint="e.g. 3 or 2.5, applied to the previous value" autoComplete="off" />
        <TextField label="Grid CSV file" name="csvFile" type="file" accept=".csv,text/csv" errors={err("csv")} hint="Step,Category 4,Category 5,Category 5+,Category 6; steps 0–10" />
        <TextField label="Name of the value" name="key" defaultValue={v("key")} errors={err("key")} hint="e.g. KAM-2025 (default: from the previous one)" autoComplete="off" />
        <TextField label="Citation" name="citation" defaultValue={v("citation")} errors={err("citation")} hint="Agreement, MOA or award" autoComplete="off" />
        <TextField label="Citation date" name="citationDate" type="date" defaultValue={v("citationDate")} errors={err("citationDate")} />
      </div>
      {v("csv") ? <input type="hidden" name="csv" value={v("csv")} /> : null}
      {state.preview ? (
        <div className="space-y-2">
          <p className="text-sm">Previous value: {state.preview.previous}. Method: {state.preview.method}.</p>
          {state.preview.rounding ? <p className="text-sm">Rounding: {state.preview.rounding}.</p> : null}
          <table className="w-full border-collapse text-sm">
            <caption className="p-2 text-left font-medium">Preview: before and after</caption>
            <thead><tr className="border-b border-slate-300 text-left"><th scope="col" className="p-2">Cell</th><th scope="col" className="p-2">Before</th><th scope="col" className="p-2">After</th><th scope="col" className="p-2">Change</th></tr></thead>
            <tbody>{state.preview.rows.map((r) => <tr key={r.label} className="border-b border-slate-200"><th scope="row" className="p-2 text-left font-normal">{r.label}</th><td className="p-2">{r.before}</td><td className="p-2">{r.after}</td><td className="p-2">{r.change}</td></tr>)}</tbody>
          </table>
          <CheckboxField label="I have checked this value against the cited document" name="confirm" value="yes" errors={err("confirm")} />
          <Button type="submit" name="intent" value="save" disabled={pending}>Confirm and save</Button>
        </div>
      ) : null}
      <Button type="submit" name="intent" value="preview" disabled={pending}>{pending ? "Working…" : "Preview"}</Button>
    </form>
  );
}
