"use client";
import { useActionState, useState } from "react";
import type { GrievanceFormState } from "@/app/(app)/grievances/actions";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { GrievorPicker, type Grievor } from "./grievor-picker";
import { ArticlePicker, type ArticleChoice } from "./article-picker";

export interface FilingTarget {
  id: string;
  label: string;
  types: Array<{ value: string; label: string }>;
  /** Working-day calendar profiles of the agreement; the first is its default. */
  profiles: Array<{ value: string; label: string }>;
  /** What to know when choosing the type under this agreement (SD71 12.02(b)), if anything. */
  typeHint?: string;
  /** How this agreement counts working days. */
  profileHint: string;
}

/** The form's fields in reading order: the error summary lists them in this order. */
const FIELDS = ["agreementId", "type", "grievors", "policy", "articles", "violationDate", "awarenessDate", "calendarProfile", "summary", "remedy"] as const;

const split = (s: string | undefined, by: RegExp) => (s ?? "").split(by).map((x) => x.trim()).filter(Boolean);

/**
 * The new-grievance form: the facts a time limit counts from, validated on the server. Types, calendars and hints
 * follow the chosen agreement; chosen grievors and articles come back as chips after a refused submit (from the
 * echoed values, named from what the pickers found). `idempotencyKey`: a random key rendered once with the page,
 * so a double submit files one grievance.
 */
export function GrievanceForm({ action, targets, today, idempotencyKey }: { action: (p: GrievanceFormState, fd: FormData) => Promise<GrievanceFormState>; targets: FilingTarget[]; today: string; idempotencyKey?: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const err = (k: string) => state.errors?.[k];
  const v = (k: string) => state.values?.[k];
  const [agreementId, setAgreementId] = useState(v("agreementId") ?? targets[0]?.id ?? "");
  const [grievors, setGrievors] = useState<Grievor[]>([]);
  const [articles, setArticles] = useState<ArticleChoice[]>([]);
  const [known, setKnown] = useState<{ grievors: Record<string, Grievor>; articles: Record<string, ArticleChoice> }>({ grievors: {}, articles: {} });
  const [echoed, setEchoed] = useState(state.values);
  // A refused submit echoes the values: the chips are rebuilt from them (adjusting state while rendering, as React advises).
  if (state.values !== echoed) {
    setEchoed(state.values);
    setGrievors(split(state.values?.grievors, /[,;\s]+/).map((n) => known.grievors[n] ?? { number: n }));
    setArticles(split(state.values?.articles, /[,;]+/).map((a) => known.articles[a] ?? { id: a }));
  }
  const target = targets.find((t) => t.id === agreementId) ?? targets[0];
  const sameAgreement = v("agreementId") === undefined || v("agreementId") === target?.id;
  const types = target?.types ?? [];
  const profiles = (target?.profiles ?? []).map((o, i) => ({ value: i === 0 ? "" : o.value, label: `${o.label}${i === 0 ? " (default)" : ""}` }));

  function chooseAgreement(id: string) {
    // Employees and article ids belong to one agreement: a new agreement starts both lists afresh.
    setAgreementId(id);
    setGrievors([]);
    setArticles([]);
  }
  const keepGrievors = (next: Grievor[]) => { setGrievors(next); setKnown((k) => ({ ...k, grievors: { ...k.grievors, ...Object.fromEntries(next.filter((g) => g.name).map((g) => [g.number, g])) } })); };
  const keepArticles = (next: ArticleChoice[]) => { setArticles(next); setKnown((k) => ({ ...k, articles: { ...k.articles, ...Object.fromEntries(next.filter((a) => a.heading).map((a) => [a.id, a])) } })); };

  return (
    <form key={JSON.stringify(state.values ?? null)} action={formAction} noValidate className="space-y-5 rounded-lg border border-slate-300 bg-white p-5">
      {idempotencyKey ? <input type="hidden" name="idempotencyKey" value={idempotencyKey} /> : null}
      <ErrorSummary errors={state.errors} fields={FIELDS} message={state.message} />
      <div role="status" aria-live="polite" className="text-sm font-medium text-red-700">{state.errors && Object.keys(state.errors).length ? null : state.message}</div>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Grievance</legend>
        <SelectField label="Agreement" name="agreementId" value={target?.id ?? ""} onChange={(e) => chooseAgreement(e.target.value)} errors={err("agreementId")} options={targets.map((t) => ({ value: t.id, label: t.label }))} />
        <SelectField key={`type-${target?.id}`} label="Type of grievance" name="type" defaultValue={(sameAgreement ? v("type") : undefined) ?? types[0]?.value} errors={err("type")} options={types} hint={target?.typeHint} />
        <GrievorPicker key={`g-${target?.id}`} agreementId={target?.id ?? ""} chosen={grievors} onChange={keepGrievors} errors={err("grievors")} />
        <CheckboxField label="Group or policy grievance" name="policy" defaultChecked={v("policy") === "on"} errors={err("policy")} hint="General application: no individual grievor is needed" />
        <ArticlePicker key={`a-${target?.id}`} agreementId={target?.id ?? ""} chosen={articles} onChange={keepArticles} errors={err("articles")} />
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Dates</legend>
        <TextField label="Date of violation" name="violationDate" type="date" max={today} defaultValue={v("violationDate")} errors={err("violationDate")} />
        <TextField label="Date became aware" name="awarenessDate" type="date" max={today} defaultValue={v("awarenessDate") ?? today} errors={err("awarenessDate")} hint="Today unless you change it: enter the day the grievor or the local learned of the violation. The first time limit counts from the later of the two dates." />
        <SelectField key={`profile-${target?.id}`} label="Working-day calendar" name="calendarProfile" defaultValue={(sameAgreement ? v("calendarProfile") : undefined) ?? ""} errors={err("calendarProfile")} options={profiles} hint={target?.profileHint} />
      </fieldset>
      <TextAreaField label="Summary" name="summary" defaultValue={v("summary")} errors={err("summary")} />
      <TextAreaField label="Remedy sought" name="remedy" defaultValue={v("remedy")} errors={err("remedy")} rows={3} />
      <Button type="submit" disabled={pending}>{pending ? "Filing…" : "File grievance"}</Button>
    </form>
  );
}
