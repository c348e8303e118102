import { z } from "zod";
import { isoDateSchema, safeString } from "./common";

/**
 * A BC school year runs July 1 to June 30 (School Act, s. 1 "school year"); "2024-25" is
 * 2024-07-01 to 2025-06-30. A closure must lie inside the year it is filed under.
 */
export function schoolYearBounds(schoolYear: string): { from: string; to: string } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(schoolYear);
  if (!m) return null;
  const y = Number(m[1]);
  if ((y + 1) % 100 !== Number(m[2])) return null;
  return { from: `${y}-07-01`, to: `${y + 1}-06-30` };
}

/** The school year a date falls in: 2024-09-03 → "2024-25". */
export function schoolYearOf(iso: string): string {
  const y = Number(iso.slice(0, 4)), m = Number(iso.slice(5, 7));
  const start = m >= 7 ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
}

const isoDate = (label: string) => isoDateSchema({ error: `${label} must be a date (YYYY-MM-DD)` });

export const calendarClosureSchema = z
  .object({
    organizationId: safeString({ error: "Choose the district" }).min(1, "Choose the district"),
    schoolYear: safeString({ error: "Name the school year" }).trim().refine((s) => schoolYearBounds(s) !== null, "School year: two consecutive years such as 2024-25"),
    fromDate: isoDate("First day closed"),
    toDate: isoDate("Last day closed"),
    label: safeString({ error: "Name the closure" }).trim().min(2, "Name the closure, e.g. Winter break or Pro-D day").max(120),
  })
  .superRefine((c, ctx) => {
    if (c.toDate < c.fromDate) ctx.addIssue({ code: "custom", path: ["toDate"], message: `The last day closed cannot be before the first (${c.fromDate})` });
    const b = schoolYearBounds(c.schoolYear);
    if (!b) return;
    if (c.fromDate < b.from || c.fromDate > b.to)
      ctx.addIssue({ code: "custom", path: ["fromDate"], message: `The first day closed must fall in school year ${c.schoolYear} (${b.from} to ${b.to})` });
    if (c.toDate < b.from || c.toDate > b.to)
      ctx.addIssue({ code: "custom", path: ["toDate"], message: `The last day closed must fall in school year ${c.schoolYear} (${b.from} to ${b.to})` });
  });
export type NewCalendarClosure = z.output<typeof calendarClosureSchema>;
