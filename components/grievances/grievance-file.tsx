"use client";
import { useActionState } from "react";
import { MAX_DOCUMENT_BYTES } from "@/lib/grievances/file-type";
import type { FileFormState } from "@/app/(app)/grievances/file-actions";
import { TextAreaField } from "@/components/ui/field";
import { useFileLimit } from "@/components/ui/use-file-limit";
import { Button } from "@/components/ui/button";

type Action = (p: FileFormState, fd: FormData) => Promise<FileFormState>;

function Status({ s }: { s: FileFormState }) {
  return <div role="status" aria-live="polite" className={`text-sm font-medium ${s.saved ? "text-green-800" : "text-red-700"}`}>{s.saved ?? s.message}</div>;
}

/** Upload one document (PDF, PNG, JPEG or plain text, up to 5 MB). */
export function UploadForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  // Checked here too, so a large file is refused with the same message before it is sent at all.
  const limit = useFileLimit(MAX_DOCUMENT_BYTES, (bytes) => `The file is ${(bytes / 1048576).toFixed(1)} MB; the limit is 5 MB`);
  const errors = limit.error ? [limit.error] : state.errors?.file;
  return (
    <form key={state.saved ?? ""} action={formAction} className="space-y-2" onSubmit={limit.onSubmit}>
      <Status s={state} />
      <label htmlFor="doc-file" className="block text-sm font-medium text-slate-800">Document</label>
      <input
        id="doc-file" name="file" type="file" accept=".pdf,.png,.jpg,.jpeg,.txt,application/pdf,image/png,image/jpeg,text/plain"
        aria-describedby={`doc-file-hint${errors?.length ? " doc-file-error" : ""}`} aria-invalid={errors?.length ? true : undefined}
        className="block text-sm" onChange={limit.onChange}
      />
      <p id="doc-file-hint" className="text-sm text-slate-600">PDF, PNG, JPEG or a plain-text letter, up to 5 MB. Kept with the grievance; never deleted.</p>
      <div id="doc-file-error" aria-live="polite">{errors?.map((e) => <p key={e} className="text-sm font-medium text-red-700">{e}</p>)}</div>
      <Button type="submit" disabled={pending}>{pending ? "Uploading…" : "Upload document"}</Button>
    </form>
  );
}

/** Add a note (append-only). */
export function NoteForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form key={state.saved ?? JSON.stringify(state.values ?? null)} action={formAction} noValidate className="space-y-2">
      <Status s={state} />
      <TextAreaField label="New note" name="body" rows={3} defaultValue={state.values?.body} errors={state.errors?.body} />
      <Button type="submit" disabled={pending}>{pending ? "Adding…" : "Add note"}</Button>
    </form>
  );
}
