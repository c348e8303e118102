import { describePositionChange, positionChanges } from "@/lib/layoffs/position-changes";
import type { ScenarioResult } from "@/lib/layoffs/types";

/** The position changes confirming will write (17.04), by employee name and number and position title and school. */
export function PositionChanges({ result: r }: { result: ScenarioResult }) {
  const changes = positionChanges(r);
  const name = (id: string) => r.names[id] ?? "an employee";
  const pos = (id: string) => r.positions[id] ?? "a position";
  return (
    <section aria-labelledby="position-changes" className="space-y-1">
      <h2 id="position-changes" className="text-lg font-semibold">Position changes</h2>
      {changes.length ? (
        <ul className="ml-5 list-disc" aria-label="Position changes to be written">
          {changes.map((c) => <li key={`${c.kind}-${c.position}`} data-testid="position-change">{describePositionChange(c, name, pos, r.effectiveDate)}</li>)}
        </ul>
      ) : <p>No position on file changes: the employees in this scenario hold no recorded position.</p>}
    </section>
  );
}
