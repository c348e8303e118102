"use client";
import { Button } from "@/components/ui/button";
import { StatusMessage } from "./status-message";
import { useLifForm, type LifAction } from "./use-lif-form";

export type MarkRow = { key: string; text: string; districtOnly?: boolean; mine?: { met: boolean; note: string | null }; theirs?: { met: boolean; note: string | null } };

/**
 * The actor's side of the checklist, editable; the other side's marks shown beside each criterion. `version`: the
 * consultation's version when the page was rendered; a refused save shows the marks as typed.
 */
export function MarksForm({ action, rows, party, otherParty, editable, version }: { action: LifAction; rows: MarkRow[]; party: string; otherParty: string; editable: boolean; version?: number }) {
  const f = useLifForm(action);
  const typed = f.state.values;
  const met = (r: MarkRow) => (typed ? typed[`met-${r.key}`] === "on" : r.mine?.met);
  const note = (r: MarkRow) => (typed ? (typed[`note-${r.key}`] ?? "") : (r.mine?.note ?? ""));
  return (
    <form key={f.key} action={f.formAction} className="space-y-3" aria-label={`${party} checklist`}>
      {version ? <input type="hidden" name="version" value={version} /> : null}
      <table className="min-w-full text-sm">
        <caption className="sr-only">Criteria and how each party marked them</caption>
        <thead className="text-left">
          <tr><th scope="col" className="py-1 pr-3">Criterion</th><th scope="col" className="py-1 pr-3">{party}: met?</th><th scope="col" className="py-1 pr-3">{party} note</th><th scope="col" className="py-1">{otherParty}</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-slate-200 align-top">
              <td className="py-2 pr-3">{r.text}</td>
              <td className="py-2 pr-3">
                <input type="hidden" name={`present-${r.key}`} value="1" />
                <input type="checkbox" id={`met-${r.key}`} name={`met-${r.key}`} defaultChecked={met(r)} disabled={!editable} aria-label={`${party}: ${r.text}`} className="h-5 w-5" />
              </td>
              <td className="py-2 pr-3">
                <input name={`note-${r.key}`} defaultValue={note(r)} disabled={!editable} aria-label={`${party} note: ${r.text}`} className="w-full rounded-md border border-slate-400 px-2 py-1" />
              </td>
              <td className="py-2">{r.districtOnly ? "District confirmation" : r.theirs ? (r.theirs.met ? "Met" : "Not met") : "Not marked"}{r.theirs?.note ? <span className="block text-xs text-slate-700">{r.theirs.note}</span> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editable ? <Button type="submit" disabled={f.pending}>{f.pending ? "Saving…" : `Save ${party.toLowerCase()} checklist`}</Button> : null}
      <StatusMessage ok={f.state.ok} message={f.state.message} />
    </form>
  );
}
