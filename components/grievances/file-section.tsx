import { UploadForm, NoteForm } from "./grievance-file";
import type { FileFormState } from "@/app/(app)/grievances/file-actions";

type Action = (p: FileFormState, fd: FormData) => Promise<FileFormState>;
type Person = { name: string | null; email: string } | null;
const who = (p: Person) => p?.name ?? p?.email ?? "—";
const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
const size = (n: number) => (n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1048576).toFixed(1)} MB`);

/** The grievance's documents and notes, and (for those who may add) the forms to add them. */
export function FileSection({ grievanceId, documents, notes, upload, note }: {
  grievanceId: string;
  documents: Array<{ id: string; fileName: string; typeLabel: string; size: number; createdAt: Date; uploadedBy: Person }>;
  notes: Array<{ id: string; body: string; createdAt: Date; author: Person }>;
  upload: Action | null; note: Action | null;
}) {
  return (
    <section aria-labelledby="file-h" className="space-y-3">
      <h2 id="file-h" className="text-lg font-semibold">Documents and notes</h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
          <h3 className="font-semibold">Documents</h3>
          {documents.length ? (
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">Documents kept with the grievance</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="p-1">File</th>
                  <th scope="col" className="p-1">Type</th>
                  <th scope="col" className="p-1">Size</th>
                  <th scope="col" className="p-1">Added</th>
                </tr>
              </thead>
              <tbody>
                {documents.map((d) => (
                  <tr key={d.id} className="border-b border-slate-200">
                    <td className="p-1"><a className="text-blue-800 underline" href={`/grievances/${grievanceId}/documents/${d.id}`} download>{d.fileName}</a></td>
                    <td className="p-1">{d.typeLabel}</td>
                    <td className="p-1">{size(d.size)}</td>
                    <td className="p-1">{when(d.createdAt)} by {who(d.uploadedBy)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : <p>No documents yet.</p>}
          {upload ? <UploadForm action={upload} /> : null}
        </div>
        <div className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
          <h3 className="font-semibold">Notes</h3>
          {notes.length ? (
            <ol className="space-y-2">
              {notes.map((n) => (
                <li key={n.id} className="rounded border border-slate-200 p-2">
                  <p className="text-xs text-slate-600">{when(n.createdAt)} · {who(n.author)}</p>
                  <p className="whitespace-pre-line">{n.body}</p>
                </li>
              ))}
            </ol>
          ) : <p>No notes yet.</p>}
          {note ? <NoteForm action={note} /> : null}
        </div>
      </div>
    </section>
  );
}
