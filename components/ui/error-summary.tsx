"use client";
import { useEffect, useId, useRef } from "react";

export type FieldErrors = Record<string, string[] | undefined> | undefined;

/**
 * "There is a problem": a refused submit's errors at the top of a form, each a link to its field, in the form's
 * order (`fields`: field name → the id of the element to focus, `f-<name>` by default). It takes focus whenever a new
 * set of errors arrives, so keyboard and screen-reader users start from the list (GOV.UK error summary pattern).
 */
export function ErrorSummary({ errors, fields, message }: { errors: FieldErrors; fields: ReadonlyArray<string | readonly [string, string]>; message?: string }) {
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  const items = fields.flatMap((f) => {
    const [name, id] = typeof f === "string" ? [f, `f-${f}`] : f;
    const first = errors?.[name]?.[0];
    return first ? [{ id, message: first }] : [];
  });
  const count = items.length;
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [errors, count]);
  if (count === 0) return null;
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby={headingId} data-testid="error-summary" className="rounded-md border-2 border-red-700 bg-red-50 p-4 focus:outline-4 focus:outline-red-800">
      <h2 id={headingId} className="text-lg font-semibold text-red-800">There is a problem</h2>
      {message ? <p className="mt-1 text-sm text-slate-800">{message}</p> : null}
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((it) => (
          <li key={it.id}>
            <a
              href={`#${it.id}`}
              className="font-medium text-red-800 underline"
              // Following the link focuses the field itself (a fragment only scrolls), its label in view.
              onClick={(e) => {
                const target = document.getElementById(it.id);
                if (!target) return;
                e.preventDefault();
                target.scrollIntoView({ block: "center" });
                target.focus();
              }}
            >
              {it.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
