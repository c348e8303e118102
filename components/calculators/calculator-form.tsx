import { TextField, SelectField } from "@/components/ui/field";
import { Button, linkButton } from "@/components/ui/button";
import type { Calculator, FieldDef, Policies } from "@/lib/calculators/types";
import { calculatorPath } from "@/lib/calculators/url";
import { POLICY_PREFIX } from "@/lib/calculators/run";

const INPUT_TYPE: Record<FieldDef["kind"], string> = {
  date: "date", datetime: "datetime-local", time: "time", number: "number", text: "text", select: "text", lines: "text", month: "month",
};

function TextAreaField({ field, value, errors }: { field: FieldDef; value: string; errors?: string[] }) {
  const id = `f-${field.name}`;
  const described = [field.hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="sm:col-span-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{field.label}</label>
      <textarea id={id} name={field.name} defaultValue={value} rows={4} aria-invalid={errors?.length ? true : undefined} aria-describedby={described}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 shadow-sm aria-[invalid=true]:border-red-700" />
      {field.hint ? <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">{field.hint}</p> : null}
      <div id={`${id}-error`} aria-live="polite" aria-atomic="true">
        {errors?.map((e) => <p key={e} className="mt-1 text-sm font-medium text-red-700">{e}</p>)}
      </div>
    </div>
  );
}

function Input({ field, value, errors }: { field: FieldDef; value: string; errors?: string[] }) {
  if (field.kind === "lines") return <TextAreaField field={field} value={value} errors={errors} />;
  if (field.kind === "select")
    return <SelectField label={field.label} name={field.name} options={field.options ?? []} defaultValue={value} errors={errors} hint={field.hint} />;
  return (
    <TextField label={field.label} name={field.name} type={INPUT_TYPE[field.kind]} defaultValue={value} errors={errors} hint={field.hint}
      step={field.kind === "number" ? field.step : undefined} min={field.min} />
  );
}

/** The calculator's form: a GET form, so the inputs land in the URL and a result can be bookmarked or shared. */
export function CalculatorForm({ calc, values, errors, policies }: {
  calc: Calculator; values: Record<string, string>; errors: Record<string, string[]>; policies?: Policies;
}) {
  const groups = [...new Set(calc.fields.map((f) => f.group ?? ""))];
  return (
    <form method="get" action={calculatorPath(calc)} aria-label={`${calc.title} inputs`} noValidate className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      {groups.map((g) => {
        const body = (
          <div className="grid gap-4 sm:grid-cols-2">
            {calc.fields.filter((f) => (f.group ?? "") === g).map((f) => <Input key={f.name} field={f} value={values[f.name] ?? ""} errors={errors[f.name]} />)}
          </div>
        );
        return g ? (
          <fieldset key={g} className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold text-slate-800">{g}</legend>
            {body}
          </fieldset>
        ) : <div key="main">{body}</div>;
      })}
      {Object.entries(policies ?? {}).map(([id, option]) => <input key={id} type="hidden" name={POLICY_PREFIX + id} value={option} />)}
      <div className="flex flex-wrap gap-3">
        <Button type="submit">Calculate</Button>
        <a className={linkButton} href={calculatorPath(calc)}>Start over</a>
      </div>
    </form>
  );
}
