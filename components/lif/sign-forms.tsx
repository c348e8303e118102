"use client";
import { useActionState, useState, type FormEvent } from "react";
import { z } from "zod";
import type { LifFormState } from "@/app/(app)/lif/actions";
import { DeclineSchema, SignatureSchema } from "@/lib/schemas/lif";
import { TextField } from "@/components/ui/field";
import { Button, linkButton } from "@/components/ui/button";
import { StatusMessage } from "./status-message";
import type { LifAction } from "./use-lif-form";
import { LifReviewSummary, type LifReviewData } from "./review-summary";

/** The server's own checks, run before the review step: field errors in the same words, nothing sent yet. */
function check(schema: z.ZodType, typed: Record<string, string>): Record<string, string[] | undefined> {
  const r = schema.safeParse(typed);
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Runs the action; a refusal with field errors, or because the consultation changed since the review, goes back
 * to the details step with what was typed kept.
 */
function useTwoStep(action: LifAction) {
  const [step, setStep] = useState<"edit" | "review">("edit");
  const [state, formAction, pending] = useActionState(async (prev: LifFormState, fd: FormData) => {
    const r = await action(prev, fd);
    if (r.errors || r.stale) setStep("edit");
    return r;
  }, {});
  return { step, setStep, state, formAction, pending };
}

/**
 * Signing is irreversible: the signer types their name and title (never filled in from the account), reviews what
 * the signature covers, then confirms. `blocked`: why this party cannot sign now (the review says so, no button).
 */
export function SignForm({ action, party, today, review, blocked }: { action: LifAction; party: "district" | "local"; today: string; review: LifReviewData; blocked?: string }) {
  const t = useTwoStep(action);
  const [typed, setTyped] = useState({ name: "", title: "", signedOn: today });
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const err = (k: string) => errors[k] ?? t.state.errors?.[k];
  const set = (k: keyof typeof typed) => (e: { target: { value: string } }) => setTyped({ ...typed, [k]: e.target.value });
  const toReview = (e: FormEvent) => {
    e.preventDefault();
    const found = check(SignatureSchema, typed);
    setErrors(found);
    if (!Object.keys(found).length) t.setStep("review");
  };
  if (t.step === "edit") {
    return (
      <form onSubmit={toReview} noValidate className="grid gap-3 md:grid-cols-4" aria-label={`Sign for the ${party}`}>
        <TextField label="Full name" name="name" id="s-name" value={typed.name} onChange={set("name")} errors={err("name")} hint="Type your own full name as you sign; it is not filled in for you" autoComplete="off" />
        <TextField label="Title" name="title" id="s-title" value={typed.title} onChange={set("title")} errors={err("title")} autoComplete="off" />
        <TextField label="Date signed" name="signedOn" id="s-date" type="date" value={typed.signedOn} onChange={set("signedOn")} errors={err("signedOn")} />
        <div className="flex items-end"><Button type="submit">Review before signing</Button></div>
        <div className="md:col-span-4"><StatusMessage ok={t.state.ok} message={t.state.message} /></div>
      </form>
    );
  }
  return (
    <form action={t.formAction} className="space-y-3" aria-label={`Confirm the ${party}'s signature`}>
      <LifReviewSummary data={review} headingId={`review-${party}`} title={`What you sign for the ${party}`} typed={[["Full name", typed.name.trim()], ["Title", typed.title.trim()], ["Date signed", typed.signedOn]]} />
      <p className="text-sm">A signature cannot be changed or withdrawn once it is recorded.</p>
      <input type="hidden" name="name" value={typed.name} />
      <input type="hidden" name="title" value={typed.title} />
      <input type="hidden" name="signedOn" value={typed.signedOn} />
      <input type="hidden" name="reviewed" value={review.reviewed} />
      <div className="flex flex-wrap gap-3">
        {blocked ? null : <Button type="submit" disabled={t.pending}>{t.pending ? "Signing…" : `Confirm and sign as ${party}`}</Button>}
        <button type="button" className={linkButton} disabled={t.pending} onClick={() => t.setStep("edit")}>Change the details</button>
      </div>
      <StatusMessage ok={t.state.ok} message={blocked ?? t.state.message} />
    </form>
  );
}

/** Declining is irreversible for the local: review the reasons and date with the consultation, then confirm. */
export function DeclineForm({ action, today, review }: { action: LifAction; today: string; review: LifReviewData }) {
  const t = useTwoStep(action);
  const [typed, setTyped] = useState({ reasons: "", on: today });
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const err = (k: string) => errors[k] ?? t.state.errors?.[k];
  const toReview = (e: FormEvent) => {
    e.preventDefault();
    const found = check(DeclineSchema, typed);
    setErrors(found);
    if (!Object.keys(found).length) t.setStep("review");
  };
  if (t.step === "edit") {
    return (
      <form onSubmit={toReview} noValidate className="grid gap-3 md:grid-cols-3" aria-label="Decline to sign">
        <TextField label="Reasons for declining" name="reasons" id="d-reasons" value={typed.reasons} onChange={(e) => setTyped({ ...typed, reasons: e.target.value })} errors={err("reasons")} />
        <TextField label="Date" name="on" id="d-on" type="date" value={typed.on} onChange={(e) => setTyped({ ...typed, on: e.target.value })} errors={err("on")} />
        <div className="flex items-end"><Button type="submit" className="bg-red-800 hover:bg-red-900">Review before declining</Button></div>
        <div className="md:col-span-3"><StatusMessage ok={t.state.ok} message={t.state.message} /></div>
      </form>
    );
  }
  return (
    <form action={t.formAction} className="space-y-3" aria-label="Confirm declining to sign">
      <LifReviewSummary data={review} headingId="review-decline" title="The consultation the local declines to sign" typed={[["Reasons for declining", typed.reasons.trim()], ["Date", typed.on]]} />
      <p className="text-sm">The local&apos;s decision to decline cannot be withdrawn once it is recorded.</p>
      <input type="hidden" name="reasons" value={typed.reasons} />
      <input type="hidden" name="on" value={typed.on} />
      <input type="hidden" name="reviewed" value={review.reviewed} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={t.pending} className="bg-red-800 hover:bg-red-900">{t.pending ? "Recording…" : "Confirm: decline to sign"}</Button>
        <button type="button" className={linkButton} disabled={t.pending} onClick={() => t.setStep("edit")}>Change the details</button>
      </div>
      <StatusMessage ok={t.state.ok} message={t.state.message} />
    </form>
  );
}

/** Recording the submission is irreversible too: review what was signed and the date, then confirm. */
export function SubmitForm({ action, today, recipient, review }: { action: LifAction; today: string; recipient: string; review: LifReviewData }) {
  const t = useTwoStep(action);
  const [on, setOn] = useState(today);
  const [error, setError] = useState<string[] | undefined>();
  const to = recipient.match(/\(([^)]+)\)/)?.[1] ?? recipient;
  if (t.step === "edit") {
    return (
      <form onSubmit={(e) => { e.preventDefault(); const bad = !DATE.test(on); setError(bad ? ["Date must be a date (YYYY-MM-DD)"] : undefined); if (!bad) t.setStep("review"); }} noValidate className="flex flex-wrap items-end gap-3" aria-label="Record submission">
        <TextField label="Date submitted" name="on" id="sub-on" type="date" value={on} onChange={(e) => setOn(e.target.value)} errors={error ?? t.state.errors?.on} />
        <Button type="submit">Review before recording the submission</Button>
        <StatusMessage ok={t.state.ok} message={t.state.message} />
      </form>
    );
  }
  return (
    <form action={t.formAction} className="space-y-3" aria-label="Confirm the submission">
      <LifReviewSummary data={review} headingId="review-submit" title={`The form you record as submitted to ${to}`} typed={[["Submitted to", recipient], ["Date submitted", on]]} />
      <p className="text-sm">The submission date cannot be changed once it is recorded.</p>
      <input type="hidden" name="on" value={on} />
      <input type="hidden" name="reviewed" value={review.reviewed} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={t.pending}>{t.pending ? "Recording…" : `Confirm: submitted to ${to} on ${on}`}</Button>
        <button type="button" className={linkButton} disabled={t.pending} onClick={() => t.setStep("edit")}>Change the details</button>
      </div>
      <StatusMessage ok={t.state.ok} message={t.state.message} />
    </form>
  );
}
