"use client";
import { useActionState } from "react";
import type { FeedState } from "@/app/(app)/settings/actions";

const button = "rounded-md px-4 py-2 text-sm font-semibold";

/** Creates a feed address and shows it once. */
export function CreateFeed({ action, origin }: { action: (p: FeedState) => Promise<FeedState>; origin: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const url = state.token ? `${origin}/api/ics/${state.token}` : null;
  return (
    <form action={formAction} className="space-y-3">
      <div role="status" aria-live="polite" className="space-y-2">
        {state.saved ? <p className="text-sm font-medium text-green-800">{state.saved}</p> : null}
        {url ? (
          <div>
            <label htmlFor="feed-url" className="block text-sm font-medium">Feed address</label>
            <input id="feed-url" readOnly value={url} className="mt-1 block w-full rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
          </div>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className={`${button} bg-blue-800 text-white`}>{pending ? "Creating…" : "Create feed address"}</button>
    </form>
  );
}

/** Revokes one feed address. */
export function RevokeFeed({ action, id, label }: { action: (p: FeedState, fd: FormData) => Promise<FeedState>; id: string; label: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} aria-label={`Revoke ${label}`} className={`${button} border border-red-700 text-red-800`}>{pending ? "Revoking…" : "Revoke"}</button>
      <span role="status" aria-live="polite" className="ml-2 text-sm">{state.saved ?? state.message}</span>
    </form>
  );
}
