import { PositionForm } from "./position-form";

type Position = { id: string; title: string; fteMilli: number; startDate: Date; endDate: Date | null; updatedAt: Date; school: { id: string; name: string; outlying: boolean } | null };
type Save = (positionId: string | null) => Parameters<typeof PositionForm>[0]["action"];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const fteText = (milli: number) => (milli / 1000).toFixed(3);

/**
 * The employee's positions that have not ended (title, school by name, FTE, start date) and, for the district's HR
 * clerks and administrators (`edit`), a form for each, or one to add a position when there is none. A position at an
 * outlying school says so: it is bypassed in a layoff (C.12.1.b.i).
 */
export function PositionSection({ positions, edit }: { positions: Position[]; edit?: { save: Save; schools: Array<{ id: string; name: string; outlying: boolean }>; today: string } }) {
  const schools = edit?.schools.map((s) => ({ value: s.id, label: s.outlying ? `${s.name} (outlying)` : s.name })) ?? [];
  return (
    <section aria-labelledby="position-heading" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="position-heading" className="text-lg font-semibold">Position</h2>
      {positions.length === 0 ? <p className="text-slate-700">No current position.</p> : null}
      {positions.map((p, i) => (
        <div key={p.id} className="space-y-3 border-t border-slate-200 pt-3 first-of-type:border-t-0 first-of-type:pt-0">
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {([
              ["Title", p.title],
              ["School", p.school ? `${p.school.name}${p.school.outlying ? " (outlying school: bypassed in a layoff, C.12.1.b.i)" : ""}` : "No school"],
              ["FTE", fteText(p.fteMilli)],
              ["Start date", iso(p.startDate)],
              ...(p.endDate ? [["Last day", iso(p.endDate)] as const] : []),
            ]).map(([k, v]) => (
              <div key={k} className="flex gap-2">
                <dt className="w-40 shrink-0 font-medium text-slate-700">{k}</dt>
                <dd className="min-w-0 break-words">{v}</dd>
              </div>
            ))}
          </dl>
          {edit ? (
            <PositionForm action={edit.save(p.id)} label={positions.length === 1 ? "Edit position" : `Edit position ${i + 1}: ${p.title}`} idPrefix={`position-${i + 1}`}
              values={{ title: p.title, school: p.school?.id ?? "", fte: String(p.fteMilli / 1000) }} schools={schools} opened={p.updatedAt.toISOString()} />
          ) : null}
        </div>
      ))}
      {edit && positions.length === 0 ? (
        <PositionForm action={edit.save(null)} label="Add a position" idPrefix="position-new" adding values={{ title: "", school: "", fte: "1", startDate: edit.today }} schools={schools} />
      ) : null}
    </section>
  );
}
