"use client";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { StatusMessage } from "./status-message";
import { useLifForm, type LifAction } from "./use-lif-form";

export function SignForm({ action, party, today }: { action: LifAction; party: "district" | "local"; today: string }) {
  const f = useLifForm(action);
  return (
    <form key={f.key} action={f.formAction} noValidate className="grid gap-3 md:grid-cols-4" aria-label={`Sign for the ${party}`}>
      <TextField label="Full name" name="name" id={`s-name`} defaultValue={f.val("name")} errors={f.err("name")} hint="Type your own full name as you sign; it is not filled in for you" autoComplete="off" />
      <TextField label="Title" name="title" id={`s-title`} defaultValue={f.val("title")} errors={f.err("title")} />
      <TextField label="Date signed" name="signedOn" id={`s-date`} type="date" defaultValue={f.val("signedOn", today)} errors={f.err("signedOn")} />
      <div className="flex items-end"><Button type="submit" disabled={f.pending}>{f.pending ? "Signing…" : `Sign as ${party}`}</Button></div>
      <div className="md:col-span-4"><StatusMessage ok={f.state.ok} message={f.state.message} /></div>
    </form>
  );
}

export function DeclineForm({ action, today }: { action: LifAction; today: string }) {
  const f = useLifForm(action);
  return (
    <form key={f.key} action={f.formAction} noValidate className="grid gap-3 md:grid-cols-3" aria-label="Decline to sign">
      <TextField label="Reasons for declining" name="reasons" id="d-reasons" defaultValue={f.val("reasons")} errors={f.err("reasons")} />
      <TextField label="Date" name="on" id="d-on" type="date" defaultValue={f.val("on", today)} errors={f.err("on")} />
      <div className="flex items-end"><Button type="submit" disabled={f.pending} className="bg-red-800 hover:bg-red-900">Decline to sign</Button></div>
      <div className="md:col-span-3"><StatusMessage ok={f.state.ok} message={f.state.message} /></div>
    </form>
  );
}

export function SubmitForm({ action, today, recipient }: { action: LifAction; today: string; recipient: string }) {
  const f = useLifForm(action);
  return (
    <form action={f.formAction} noValidate className="flex flex-wrap items-end gap-3" aria-label="Record submission">
      <TextField label="Date submitted" name="on" id="sub-on" type="date" defaultValue={today} errors={f.err("on")} />
      <Button type="submit" disabled={f.pending}>Mark as submitted to {recipient.match(/\(([^)]+)\)/)?.[1] ?? recipient}</Button>
      <StatusMessage ok={f.state.ok} message={f.state.message} />
    </form>
  );
}
