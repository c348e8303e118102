// Builds every TTOC's placement timeline from the rows the DAL loaded (pure: no database here).
import { placementOn, placementTimeline, workedDays, type PlacementRecord, type Timeline } from "./placement";
import type { PlacementFor } from "./compute-lines";

export type EmployeePlacement = { id: string; certificated: boolean | null; teacherCategory: string | null; teacherStep: number | null; hireDate: string };

/**
 * The dated placements of a TTOC; without any recorded, the employee record's placement from the hire date
 * (so a district that has not entered histories yet still pays at the current placement).
 */
export function recordsFor(e: EmployeePlacement, recorded: PlacementRecord[]): PlacementRecord[] {
  if (recorded.length) return recorded;
  return [{ effectiveDate: e.hireDate, certificated: e.certificated !== false, category: e.teacherCategory, step: e.teacherStep, bankDays: 0, note: "employee record; no dated history entered" }];
}

export function buildTimelines(
  employees: EmployeePlacement[],
  placements: Array<PlacementRecord & { employeeId: string }>,
  days: Array<{ employeeId: string; date: string; fractionMilli: number }>,
  opts: { explain?: boolean } = {},
): { timelines: Map<string, Timeline>; placementFor: PlacementFor } {
  const recBy = new Map<string, PlacementRecord[]>();
  for (const p of placements) (recBy.get(p.employeeId) ?? recBy.set(p.employeeId, []).get(p.employeeId)!).push(p);
  const dayBy = new Map<string, Array<{ date: string; fractionMilli: number }>>();
  for (const d of days) (dayBy.get(d.employeeId) ?? dayBy.set(d.employeeId, []).get(d.employeeId)!).push(d);
  const timelines = new Map<string, Timeline>();
  for (const e of employees) timelines.set(e.id, placementTimeline(recordsFor(e, recBy.get(e.id) ?? []), workedDays(dayBy.get(e.id) ?? []), opts));
  return { timelines, placementFor: (id, date) => { const t = timelines.get(id); return t ? placementOn(t, date) : null; } };
}
