"use client";
import { useEffect, useState } from "react";

/** Copies the plain-text explanation; the same text is shown below for browsers without clipboard access. */
export function CopyTextButton({ text }: { text: string }) {
  const [status, setStatus] = useState("");
  // Enabled once hydrated, so a click is never lost before the handler exists.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []); // eslint-disable-line react-hooks/set-state-in-effect -- true only after hydration
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied to the clipboard.");
    } catch {
      setStatus("Copying is not allowed here: select the text below and copy it.");
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={copy} disabled={!ready} className="disabled:opacity-60 inline-flex items-center rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100">
        Copy as text
      </button>
      <span role="status" className="text-sm text-slate-700">{status}</span>
    </div>
  );
}
