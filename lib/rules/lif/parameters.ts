// LIF genuine consultation: deadline and recipient of the Confirmation of Genuine Consultation, per school year.
// Source: "Learning Improvement Fund allocations for 2024-25 school year now available" (LIF notice 2024-25):
// "School districts must meet with locals, and report back to … (BCPSEA) by June 7, 2024."
import { z } from "zod";
import { ParameterError } from "../core";

const YearParams = z.strictObject({
  deadline: z.iso.date(),
  recipient: z.string().min(1),
  cite: z.string().min(1),
});
export type LifYearParams = z.infer<typeof YearParams>;

const raw: Record<string, unknown> = {
  "2024-25": { deadline: "2024-06-07", recipient: "BC Public School Employers' Association (BCPSEA)", cite: "LIF notice 2024-25" },
};

function load(): Record<string, LifYearParams> {
  const out: Record<string, LifYearParams> = {};
  for (const [year, v] of Object.entries(raw)) {
    if (!/^\d{4}-\d{2}$/.test(year)) throw new ParameterError(`LIF parameters: bad school year key "${year}"`, "schoolYear", "LIF notice");
    const r = YearParams.safeParse(v);
    if (!r.success) throw new ParameterError(`LIF parameters for ${year}: ${r.error.issues[0].message}`, "schoolYear", "LIF notice");
    out[year] = r.data;
  }
  return out;
}

export const LIF_YEARS: Readonly<Record<string, LifYearParams>> = load();

/** The published deadline and recipient for a school year, or null when no notice for that year is encoded. */
export function lifYearParams(schoolYear: string): LifYearParams | null {
  return LIF_YEARS[schoolYear] ?? null;
}
