import type { Workflow } from "@/lib/rules/grievances";

type Ev = { id: string; type: string; date: Date; newDue: Date | null; ruleId: string | null; correctsId: string | null; note: string | null; createdAt: Date; recordedBy: { email: string; name: string | null } | null };
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The full, append-only history: corrected entries stay, marked. */
export function EventHistory({ events, workflow }: { events: Ev[]; workflow: Workflow }) {
  const correctedBy = new Map(events.filter((e) => e.correctsId).map((e) => [e.correctsId!, e]));
  if (!events.length) return <p className="rounded-md border border-slate-300 bg-white p-3">No event recorded yet.</p>;
  return (
    <table className="w-full border-collapse rounded-lg bg-white text-sm">
      <caption className="sr-only">Events of this grievance, in order of date</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="p-2">Date</th>
          <th scope="col" className="p-2">Event</th>
          <th scope="col" className="p-2">Details</th>
          <th scope="col" className="p-2">Recorded</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => {
          const fix = correctedBy.get(e.id);
          const rule = workflow.rules.find((r) => r.id === e.ruleId);
          return (
            <tr key={e.id} className={`border-b border-slate-200 ${fix ? "text-slate-600" : ""}`}>
              <td className="p-2 font-mono">{fix ? <s>{iso(e.date)}</s> : iso(e.date)}</td>
              <td className="p-2">{workflow.events[e.type]?.label ?? e.type}{fix ? <span className="ml-1 font-medium"> (corrected by the entry of {iso(fix.date)})</span> : null}</td>
              <td className="p-2">
                {e.newDue ? `New due date ${iso(e.newDue)}${rule ? ` for “${rule.action}”` : ""}. ` : ""}
                {e.correctsId ? "Correction of an earlier entry. " : ""}
                {e.note ?? ""}
              </td>
              <td className="p-2">{e.recordedBy?.name ?? e.recordedBy?.email ?? "—"}, {e.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
