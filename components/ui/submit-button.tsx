"use client";
import { useFormStatus } from "react-dom";
import type { ButtonHTMLAttributes, ReactNode } from "react";

/**
 * A form's submit button that shows its pending state: disabled, `aria-busy`, the `pendingLabel` in place of its
 * text, and a polite status line ("Working…") so screen readers hear progress. Must sit inside the <form>.
 */
export function SubmitButton({ children, pendingLabel, status = "Working… this can take a few seconds.", className, ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & {
  children: ReactNode;
  /** Text while the action runs, e.g. "Approving…". */
  pendingLabel?: string;
  /** The status line read while pending. */
  status?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="submit"
        {...rest}
        disabled={pending || rest.disabled}
        aria-busy={pending || undefined}
        className={className ?? "inline-flex items-center rounded-md bg-blue-800 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-blue-900 disabled:opacity-60"}
      >
        {pending ? (pendingLabel ?? children) : children}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-slate-700">{pending ? status : ""}</span>
    </span>
  );
}
