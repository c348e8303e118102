"use client";
import { useActionState } from "react";
import type { ParameterFormState } from "@/app/(app)/admin/parameters/actions";

/** Withdraws an entered value; the refusal reason is shown when something approved used it. */
export function WithdrawButton({ action, id, label }: { action: (p: ParameterFormState, fd: FormData) => Promise<ParameterFormState>; id: string; label: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="underline" aria-label={`Withdraw ${label}`}>Withdraw</button>
      <span role="status" aria-live="polite" className={state.saved ? "ml-2 text-green-800" : "ml-2 text-red-700"}>{state.saved ?? state.message}</span>
    </form>
  );
}
