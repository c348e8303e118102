"use client";
import { useActionState } from "react";
import type { ClosureFormState } from "@/app/(app)/admin/calendar/actions";

/** Removes one closure; the removal is recorded in the audit log. */
export function RemoveClosureButton({ action, id, label }: { action: (p: ClosureFormState, fd: FormData) => Promise<ClosureFormState>; id: string; label: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="rounded-md border border-red-700 px-2 py-1 text-sm text-red-800 hover:bg-red-50" aria-label={`Remove ${label}`}>
        {pending ? "Removing…" : "Remove"}
      </button>
      <span role="status" aria-live="polite" className="ml-2 text-sm">{state.saved ?? state.message}</span>
    </form>
  );
}
