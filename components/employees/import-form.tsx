"use client";
import { useActionState } from "react";
import type { FormState } from "@/app/(app)/employees/actions";
import { Button } from "@/components/ui/button";
import { useFileLimit } from "@/components/ui/use-file-limit";

/** Both CSV imports (employees, ledger entries) accept files up to 2 MB, checked again on the server. */
const MAX_BYTES = 2_000_000;

export function ImportForm({ action }: { action: (prev: FormState, fd: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const limit = useFileLimit(MAX_BYTES, "The file is larger than 2 MB: split it into smaller files");
  const fileErr = limit.error ? [limit.error] : state.errors?.file;
  return (
    <form action={formAction} onSubmit={limit.onSubmit} className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      <div>
        <label htmlFor="file" className="block text-sm font-medium">CSV file</label>
        <input id="file" name="file" type="file" accept=".csv,text/csv" className="mt-1 block" aria-describedby={fileErr ? "file-error" : undefined} aria-invalid={fileErr ? true : undefined} onChange={limit.onChange} />
        <div id="file-error" aria-live="polite">{fileErr?.map((m) => <p key={m} className="mt-1 text-sm font-medium text-red-700">{m}</p>)}</div>
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Importing…" : "Import"}</Button>
      <div role="status" aria-live="polite" className={`text-sm font-medium ${state.imported ? "text-green-800" : "text-red-700"}`}>{state.message}</div>
      {state.rowErrors?.length ? (
        <table className="min-w-full text-sm" aria-label="Import errors by row">
          <thead className="text-left"><tr><th scope="col" className="pr-3">Row</th><th scope="col">Problem</th></tr></thead>
          <tbody>
            {state.rowErrors.slice(0, 500).map((e, i) => (
              <tr key={i} className="border-t border-slate-200"><td className="pr-3">{e.row}</td><td>{e.message}</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </form>
  );
}
