"use client";
import { useActionState } from "react";
import type { FormState } from "@/app/(app)/seniority/actions";
import { Button } from "@/components/ui/button";

/**
 * The confirm step of publishing: the list reviewed above is frozen as of `asOf` (an immutable snapshot).
 * The date, the list and the reviewed list's fingerprint travel as hidden fields: a list changed since is refused.
 */
export function PublishForm({ action, asOf, list, reviewed }: { action: (p: FormState, fd: FormData) => Promise<FormState>; asOf: string; list: string; reviewed: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3" aria-label="Publish the list">
      <input type="hidden" name="asOf" value={asOf} />
      <input type="hidden" name="list" value={list} />
      <input type="hidden" name="reviewed" value={reviewed} />
      <Button type="submit" disabled={pending}>{pending ? `Publishing the list as of ${asOf}…` : `Publish the list as of ${asOf}`}</Button>
      <p role="status" aria-live="polite" className={`text-sm font-medium ${state.message ? "text-red-700" : "text-slate-700"}`}>
        {pending ? "Publishing… the list and each row's explanation are being stored." : state.message}
        {!pending && state.errors?.asOf ? <> {state.errors.asOf.join(" ")}</> : null}
        {!pending && state.existingId ? <> <a href={`/seniority/published/${state.existingId}`} className="underline">Open the published list</a></> : null}
      </p>
    </form>
  );
}
