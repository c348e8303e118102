"use client";
import { useActionState, useState } from "react";
import type { FeedState } from "@/app/(app)/settings/actions";
import { SubmitButton } from "@/components/ui/submit-button";

const button = "rounded-md px-4 py-2 text-sm font-semibold";

/** Copies a text to the clipboard and says so. */
function CopyButton({ text }: { text: string }) {
  const [done, setDone] = useState("");
  return (
    <>
      <button type="button" className={`${button} border border-blue-800 text-blue-900`} onClick={() => navigator.clipboard.writeText(text).then(() => setDone("Copied."), () => setDone("Copying failed: select the address and copy it."))}>
        Copy
      </button>
      <span role="status" aria-live="polite" className="text-sm">{done}</span>
    </>
  );
}

/** Creates a feed address and shows it once, with a Copy button and a webcal: link; asks before replacing an active one. */
export function CreateFeed({ action, origin, hasActive }: { action: (p: FeedState) => Promise<FeedState>; origin: string; hasActive: boolean }) {
  const [state, formAction] = useActionState(action, {});
  const [confirming, setConfirming] = useState(false);
  const url = state.token ? `${origin}/api/ics/${state.token}` : null;
  const webcal = url?.replace(/^https?:/, "webcal:");
  // Creating an address revokes the active one, so ask first when one exists.
  const active = hasActive || Boolean(state.token);
  return (
    <form action={formAction} className="space-y-3" onSubmit={() => setConfirming(false)}>
      <div role="status" aria-live="polite" className="space-y-2">
        {state.saved ? <p className="text-sm font-medium text-green-800">{state.saved}</p> : null}
      </div>
      {url ? (
        <div className="space-y-2">
          <label htmlFor="feed-url" className="block text-sm font-medium">Feed address</label>
          <div className="flex flex-wrap items-center gap-2">
            <input id="feed-url" readOnly value={url} className="block w-full min-w-0 flex-1 rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
            <CopyButton text={url} />
          </div>
          <p className="text-sm"><a className="text-blue-800 underline" href={webcal}>Open in your calendar app (webcal: link)</a></p>
        </div>
      ) : null}
      {active && !confirming ? (
        <button type="button" className={`${button} bg-blue-800 text-white`} onClick={() => setConfirming(true)}>Create feed address</button>
      ) : null}
      {confirming ? (
        <div role="alertdialog" aria-labelledby="replace-h" className="rounded-md border border-amber-700 bg-amber-50 p-3">
          <p id="replace-h" className="font-medium">Replace your current feed address?</p>
          <p className="text-sm">The address you use now stops working at once: calendars subscribed to it get no more deadlines until you subscribe to the new one.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <SubmitButton pendingLabel="Creating…" status="Creating the new address…">Replace the address</SubmitButton>
            <button type="button" className={`${button} border border-slate-400`} onClick={() => setConfirming(false)}>Cancel</button>
          </div>
        </div>
      ) : null}
      {!active ? <SubmitButton pendingLabel="Creating…" status="Creating the address…">Create feed address</SubmitButton> : null}
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
