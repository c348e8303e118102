"use client";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { StatusMessage } from "./status-message";
import { useLifForm, type LifAction } from "./use-lif-form";

type Target = { id: string; code: string; locals: Array<{ id: string; name: string }> };

export function NewConsultationForm({ action, targets, defaults }: { action: LifAction; targets: Target[]; defaults: { schoolYear: string; deadline: string; recipient: string } }) {
  const f = useLifForm(action);
  const locals = [...new Map(targets.flatMap((t) => t.locals).map((l) => [l.id, l])).values()];
  return (
    <form key={f.key} action={f.formAction} noValidate className="grid gap-3 md:grid-cols-3" aria-label="Open a consultation">
      <SelectField label="District" name="organizationId" defaultValue={f.val("organizationId", targets[0]?.id)} errors={f.err("organizationId")} options={targets.map((t) => ({ value: t.id, label: t.code }))} />
      <SelectField label="Union local" name="localId" defaultValue={f.val("localId", locals[0]?.id)} errors={f.err("localId")} options={locals.map((l) => ({ value: l.id, label: l.name }))} />
      <TextField label="School year" name="schoolYear" defaultValue={f.val("schoolYear", defaults.schoolYear)} errors={f.err("schoolYear")} hint="e.g. 2024-25" />
      <TextField label="Deadline" name="deadline" type="date" defaultValue={f.val("deadline", defaults.deadline)} errors={f.err("deadline")} hint="2024-25: June 7, 2024 (LIF notice)" />
      <TextField label="Recipient" name="recipient" defaultValue={f.val("recipient", defaults.recipient)} errors={f.err("recipient")} />
      <div className="flex items-end"><Button type="submit" disabled={f.pending}>{f.pending ? "Opening…" : "Open consultation"}</Button></div>
      <div className="md:col-span-3"><StatusMessage ok={f.state.ok} message={f.state.message} /></div>
    </form>
  );
}

export function AllocationForm({ action, targets, schoolYear }: { action: LifAction; targets: Target[]; schoolYear: string }) {
  const f = useLifForm(action);
  return (
    <form key={f.key} action={f.formAction} noValidate className="grid gap-3 md:grid-cols-4" aria-label="Record a LIF allocation">
      <SelectField label="District" name="organizationId" id="alloc-org" defaultValue={f.val("organizationId", targets[0]?.id)} errors={f.err("organizationId")} options={targets.map((t) => ({ value: t.id, label: t.code }))} />
      <TextField label="School year" name="schoolYear" id="alloc-year" defaultValue={f.val("schoolYear", schoolYear)} errors={f.err("schoolYear")} />
      <TextField label="Amount (dollars)" name="amount" inputMode="decimal" defaultValue={f.val("amount")} errors={f.err("amount")} />
      <TextField label="Source" name="source" defaultValue={f.val("source")} errors={f.err("source")} hint="e.g. Ministry allocation letter" />
      <div><Button type="submit" disabled={f.pending}>{f.pending ? "Saving…" : "Save allocation"}</Button></div>
      <div className="md:col-span-3"><StatusMessage ok={f.state.ok} message={f.state.message} /></div>
    </form>
  );
}
