"use client";
import { useActionState } from "react";
import type { FormState } from "@/app/(app)/seniority/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** Publishes the list as of its official date (an immutable snapshot). */
export function PublishForm({ action, asOf, list, hint }: { action: (p: FormState, fd: FormData) => Promise<FormState>; asOf: string; list: string; hint: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 className="text-lg font-semibold">Publish this list</h2>
      <input type="hidden" name="list" value={list} />
      <TextField label="Official list date" name="asOf" type="date" defaultValue={asOf} hint={hint} errors={state.errors?.asOf} required />
      <Button type="submit" disabled={pending}>{pending ? "Publishing…" : "Publish list"}</Button>
      <p role="status" aria-live="polite" className="text-sm font-medium text-red-700">{state.message}{state.existingId ? <> <a href={`/seniority/published/${state.existingId}`} className="underline">Open the published list</a></> : null}</p>
    </form>
  );
}
