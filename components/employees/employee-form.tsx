"use client";
import { useActionState } from "react";
import type { FormState } from "@/app/(app)/employees/actions";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { EMPLOYEE_STATUSES, SD71_TYPES, SD73_TYPES, STATUS_LABELS, TEACHER_CATEGORIES, TYPE_LABELS } from "@/lib/schemas/employee";

export type EmployeeFormValues = Partial<Record<string, string | boolean | undefined>>;

export function EmployeeForm({
  action, rulesId, values = {}, submitLabel, version,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  rulesId: string;
  values?: EmployeeFormValues;
  submitLabel: string;
  /** The record's version when the form was opened (edits only): a save over a newer edit is refused. */
  version?: number;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const err = (k: string) => state.errors?.[k];
  // After a refused submit, show what was typed (React resets the form to its defaults after an action).
  const shown: EmployeeFormValues = state.values ? { ...state.values, certificated: state.values.certificated === "on" } : values;
  const v = (k: string) => (typeof shown[k] === "string" ? (shown[k] as string) : undefined);
  const teacher = rulesId === "sd73-teachers";
  const types = teacher ? SD73_TYPES : SD71_TYPES;
  return (
    <form key={JSON.stringify(state.values ?? null)} action={formAction} noValidate className="space-y-5 rounded-lg border border-slate-300 bg-white p-5">
      <div role="status" aria-live="polite" className="text-sm font-medium text-red-700">{state.message}</div>
      {version === undefined ? null : <input type="hidden" name="version" value={version} />}
      <fieldset className="grid gap-4 md:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Person</legend>
        <TextField label="Employee number" name="employeeNumber" defaultValue={v("employeeNumber")} errors={err("employeeNumber")} required />
        <TextField label="First name" name="firstName" defaultValue={v("firstName")} errors={err("firstName")} required autoComplete="off" />
        <TextField label="Last name" name="lastName" defaultValue={v("lastName")} errors={err("lastName")} required autoComplete="off" />
        <TextField label="Email" name="email" type="email" defaultValue={v("email")} errors={err("email")} autoComplete="off" />
        <TextField label="Hire date" name="hireDate" type="date" defaultValue={v("hireDate")} errors={err("hireDate")} required />
        {teacher ? (
          <TextField label="Application date" name="applicationDate" type="date" defaultValue={v("applicationDate")} errors={err("applicationDate")} hint="Seniority tie-break (C.2)" />
        ) : null}
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Employment</legend>
        <SelectField label="Employment type" name="employmentType" defaultValue={v("employmentType") ?? types[0]} errors={err("employmentType")} options={types.map((t) => ({ value: t, label: TYPE_LABELS[t] }))} />
        <SelectField label="Status" name="status" defaultValue={v("status") ?? "ACTIVE"} errors={err("status")} options={EMPLOYEE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} />
        <TextField label="FTE" name="fte" inputMode="decimal" defaultValue={v("fte") ?? "1"} errors={err("fte")} hint="0 to 1, e.g. 0.6" />
        <TextField label="Classification" name="classification" defaultValue={v("classification")} errors={err("classification")} />
        <TextField label="Qualifications" name="qualifications" defaultValue={v("qualifications")} errors={err("qualifications")} hint="Separate with commas" />
      </fieldset>
      {teacher ? (
        <fieldset className="grid gap-4 md:grid-cols-3">
          <legend className="mb-2 text-lg font-semibold">Salary placement (Appendix A)</legend>
          <CheckboxField label="Certificated" name="certificated" defaultChecked={shown.certificated !== false} errors={err("certificated")} hint="Non-certificated substitutes are paid the B.2.8 daily rate" />
          <SelectField label="Category" name="teacherCategory" defaultValue={v("teacherCategory") ?? ""} errors={err("teacherCategory")} options={[{ value: "", label: "—" }, ...TEACHER_CATEGORIES.map((c) => ({ value: c, label: `Category ${c}` }))]} />
          <TextField label="Step" name="teacherStep" inputMode="numeric" defaultValue={v("teacherStep")} errors={err("teacherStep")} hint="0 to 10" />
        </fieldset>
      ) : (
        <fieldset className="grid gap-4 md:grid-cols-3">
          <legend className="mb-2 text-lg font-semibold">Pay (wage schedule)</legend>
          <TextField label="Pay grade" name="payGrade" defaultValue={v("payGrade")} errors={err("payGrade")} hint="1–13, or a trades code B8–B13" />
          <TextField label="Pay step" name="payStep" inputMode="numeric" defaultValue={v("payStep")} errors={err("payStep")} hint="1 to 3" />
          <SelectField label="General classification (27.03)" name="generalClassification" defaultValue={v("generalClassification") ?? ""} errors={err("generalClassification")} options={[{ value: "", label: "—" }, { value: "a", label: "(a) Education assistants, support and program workers, library clerks" }, { value: "b", label: "(b) Clerical" }, { value: "c", label: "(c) Maintenance, custodian, technician, bus driver" }]} />
        </fieldset>
      )}
      <Button type="submit" disabled={pending}>{pending ? "Saving…" : submitLabel}</Button>
    </form>
  );
}
