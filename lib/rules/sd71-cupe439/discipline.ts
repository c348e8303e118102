// 14.04: a letter of discipline, other than for incidents involving abuse, is removed
// from the personnel file twenty-four months after its insertion, "provided there have
// not been other related incidents" (A38: such an incident blocks removal for review by
// default, or restarts the 24 months from the incident).
import { z } from "zod";
import { addMonths, formatIsoDate } from "../core/date";
import { Trace, type Explanation } from "../core/explain";
import { isoDay, parseInput } from "./input";
import { SD71_POLICIES } from "./interpretations";

const input = z.strictObject({
  insertedDate: isoDay,
  involvesAbuse: z.boolean(),
  relatedIncidentDates: z.array(isoDay).max(100),
  policies: SD71_POLICIES.schema.optional(),
});
export function sd71DisciplineLetterRemoval(raw: z.input<typeof input>): Explanation & { removableFrom: string | null; needsReview: boolean } {
  const i = parseInput(input, raw, (f) => (f.startsWith("policies") ? "register §14" : "14.04"));
  const pol = SD71_POLICIES.resolve(i.policies);
  const t = new Trace().cite("14.04");
  if (i.involvesAbuse) {
    t.step("A letter for an incident involving abuse is not removed under 14.04.");
    return t.done({ removableFrom: null, needsReview: false });
  }
  let due = addMonths(i.insertedDate, 24);
  t.step(`Inserted ${formatIsoDate(i.insertedDate)}: removable 24 months later, ${formatIsoDate(due)}, if there are no related incidents.`);
  const related = i.relatedIncidentDates.filter((d) => d > i.insertedDate).sort((a, b) => a - b);
  if (!related.length) return t.done({ removableFrom: formatIsoDate(due), needsReview: false });
  t.interpret("A38");
  if (pol.A38 === "blocksRemoval") {
    t.step(`Related incident(s) on ${related.map(formatIsoDate).join(", ")}: removal is blocked pending review (A38 = blocksRemoval).`);
    return t.done({ removableFrom: null, needsReview: true });
  }
  // restartsClock: each related incident within the running 24 months restarts them
  for (const d of related) if (d < due) due = addMonths(d, 24);
  t.step(`Related incident(s) restart the 24 months (A38 = restartsClock): removable from ${formatIsoDate(due)}.`);
  return t.done({ removableFrom: formatIsoDate(due), needsReview: false });
}
