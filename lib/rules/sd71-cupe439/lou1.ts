// LOU 1 point 6: the job-evaluation point bands and their 1995 target rates, as a table
// and as a lookup from a job's points. Where the printed bands overlap (215–241: grade 4
// and grade 3 as printed, A42) both are returned and the higher grade is flagged.
import { z } from "zod";
import { Trace, type Explanation } from "../core/explain";
import { formatCents } from "../core/money";
import { parseInput } from "./input";
import { lou1Bands, lou1SupervisionAideTargetRateCents, LOU1_EFFECTIVE } from "./data/lou1.data";

export const SD71_LOU1_TABLE = { effective: LOU1_EFFECTIVE, bands: lou1Bands, supervisionAideTargetRateCents: lou1SupervisionAideTargetRateCents };

const input = z.strictObject({ points: z.number().int().min(0).max(2000).optional(), supervisionAide: z.boolean().optional() })
  .refine((v) => v.points !== undefined || v.supervisionAide === true, { message: "give the job's points, or supervisionAide: true", path: ["points"] });
export interface Sd71Lou1Result extends Explanation { grade: number | "Supervision Aide" | null; targetRateCents: number | null; overlappingGrades: number[] }

/** LOU 1 point 6: the pay grade and target rate of a job's evaluation points. */
export function sd71Lou1Band(raw: z.input<typeof input>): Sd71Lou1Result {
  const i = parseInput(input, raw, "LOU 1");
  const t = new Trace().cite("LOU 1").interpret("A42");
  t.step("LOU 1 point 6 target rates are attainable only as funds are available (1995 figures; current rates are in the Hourly Wage Schedule).");
  if (i.supervisionAide) {
    t.step(`Supervision Aide: target rate ${formatCents(lou1SupervisionAideTargetRateCents)}.`);
    return t.done({ grade: "Supervision Aide", targetRateCents: lou1SupervisionAideTargetRateCents, overlappingGrades: [] });
  }
  const p = i.points as number;
  const hits = lou1Bands.filter((b) => p >= b.from && p <= b.to);
  if (!hits.length) {
    t.step(`${p} points fall in no printed band (126 to 564).`);
    return t.done({ grade: null, targetRateCents: null, overlappingGrades: [] });
  }
  const b = hits[0];
  t.step(`${p} points: band ${b.from}–${b.to} → grade ${b.grade}, target rate ${formatCents(b.targetRateCents)}.`);
  if (hits.length > 1) t.step(`The printed bands overlap here (${hits.map((h) => `grade ${h.grade}: ${h.from}–${h.to}`).join("; ")}, A42): the higher grade is shown; the parties' job evaluation record decides.`);
  return t.done({ grade: b.grade, targetRateCents: b.targetRateCents, overlappingGrades: hits.length > 1 ? hits.map((h) => h.grade) : [] });
}
