// 15.04(a)(3),(4) and (b): loss of seniority on layoff by band (6/12/18/24 months,
// measured at the layoff effective date; gaps at exactly 3 and 7 years, A5) and after
// more than six months in a non-bargaining-unit position. Sick-leave credits follow
// (23.01(a)).
import { z } from "zod";
import { addMonths, formatIsoDate } from "../core/date";
import { Trace, type Explanation } from "../core/explain";
import { isoDay, parseInput } from "./input";
import { SD71_POLICIES } from "./interpretations";
import { completedMonths } from "./months";

const input = z.strictObject({
  seniorityDate: isoDay,
  layoffEffectiveDate: isoDay,
  /** Recalls during the layoff: each stint's start and number of days worked (15.04(b), A30). */
  workDuringLayoff: z.array(z.strictObject({ from: isoDay, days: z.number().int().positive().max(400) })).max(200).optional(),
  policies: SD71_POLICIES.schema.optional(),
});
export interface Sd71LayoffSeniorityResult extends Explanation {
  seniorityMonthsAtLayoff: number;
  band: string;
  recallWindowMonths: number;
  lastDaySeniorityRetained: string | null;
  seniorityLostOn: string | null;
  /** Set when work of five days or more ended the layoff period (A30). */
  layoffEndedBy: string | null;
}

export function sd71LayoffSeniorityLoss(raw: z.input<typeof input>): Sd71LayoffSeniorityResult {
  const i = parseInput(input, raw, (f) => (f.startsWith("policies") ? "register §14" : f.startsWith("work") ? "15.04(b)" : "15.04(a)(3)"));
  const pol = SD71_POLICIES.resolve(i.policies);
  const t = new Trace().cite("15.04(a)(3)");
  const months = completedMonths(i.seniorityDate, i.layoffEffectiveDate);
  const exactly = (y: number) => addMonths(i.seniorityDate, 12 * y) === i.layoffEffectiveDate;
  let band: string, window: number;
  if (months < 18) [band, window] = ["15.04(a)(3)(i)", 6];
  else if (months < 36) [band, window] = ["15.04(a)(3)(ii)", 12];
  else if (exactly(3)) {
    t.interpret("A5");
    [band, window] = pol.A5 === "closeUpward" ? ["15.04(a)(3)(iii)", 18] : ["15.04(a)(3)(ii)", 12];
  } else if (months < 84) [band, window] = ["15.04(a)(3)(iii)", 18];
  else if (exactly(7)) {
    t.interpret("A5");
    [band, window] = pol.A5 === "closeUpward" ? ["15.04(a)(3)(iv)", 24] : ["15.04(a)(3)(iii)", 18];
  } else [band, window] = ["15.04(a)(3)(iv)", 24];
  t.step(`Seniority at the layoff effective date ${formatIsoDate(i.layoffEffectiveDate)}: ${months} completed months → ${band}: ${window} months.`);
  const lost = addMonths(i.layoffEffectiveDate, window);
  if (i.workDuringLayoff?.length) {
    t.cite("15.04(b)").interpret("A30");
    const stints = [...i.workDuringLayoff].filter((s) => s.from < lost).sort((a, b) => a.from - b.from);
    let sum = 0;
    for (const s of stints) {
      sum = pol.A30 === "perStint" ? s.days : sum + s.days;
      if (sum >= 5) {
        t.step(`Work of ${sum} day(s) from ${formatIsoDate(s.from)} is five days or more: the layoff period ends (A30 = ${pol.A30}); a later layoff starts a new period.`);
        return t.done({ seniorityMonthsAtLayoff: months, band, recallWindowMonths: window, lastDaySeniorityRetained: null, seniorityLostOn: null, layoffEndedBy: formatIsoDate(s.from) });
      }
    }
    t.step("Work of less than five days within the layoff period is not time worked (15.04(b)).");
  }
  t.cite("23.01(a)").step(`Layoff "in excess of" ${window} months: seniority retained through ${formatIsoDate(lost - 1)} and lost on ${formatIsoDate(lost)}; sick-leave credits are cancelled at the same time (23.01(a)).`);
  return t.done({ seniorityMonthsAtLayoff: months, band, recallWindowMonths: window, lastDaySeniorityRetained: formatIsoDate(lost - 1), seniorityLostOn: formatIsoDate(lost), layoffEndedBy: null });
}

const nbuInput = z.strictObject({ nonBargainingUnitStart: isoDay });
/** 15.04(a)(4): lost when the non-bargaining-unit position lasts longer than six months. */
export function sd71NonUnitSeniorityLoss(raw: z.input<typeof nbuInput>): Explanation & { seniorityLostOn: string } {
  const i = parseInput(nbuInput, raw, "15.04(a)(4)");
  const d = formatIsoDate(addMonths(i.nonBargainingUnitStart, 6));
  const t = new Trace().cite("15.04(a)(4)");
  t.step(`Non-bargaining-unit position from ${formatIsoDate(i.nonBargainingUnitStart)}: "longer than a six (6) month duration" → seniority lost on ${d} if still out of the unit.`);
  return t.done({ seniorityLostOn: d });
}

const standingInput = z.strictObject({
  seniorityDate: isoDay,
  /** The current layoff's effective date; null when the employee is not on layoff. */
  layoffEffectiveDate: isoDay.nullable(),
  workDuringLayoff: input.shape.workDuringLayoff,
  /** The list date. */
  asOf: isoDay,
  policies: SD71_POLICIES.schema.optional(),
});
export interface Sd71SeniorityStandingResult extends Explanation { onList: boolean; seniorityLostOn: string | null; lastDaySeniorityRetained: string | null }

/**
 * 15.04(a)(3) for a seniority list dated `asOf`: does a laid-off regular employee still hold
 * seniority? Lost from the day after the band's months "in excess of" (sd71LayoffSeniorityLoss).
 */
export function sd71SeniorityStanding(raw: z.input<typeof standingInput>): Sd71SeniorityStandingResult {
  const i = parseInput(standingInput, raw, (f) => (f.startsWith("policies") ? "register §14" : "15.04(a)(3)"));
  if (i.layoffEffectiveDate === null) {
    const t = new Trace().cite("15.04(a)(3)").step("Not on layoff: seniority is not lost under 15.04(a)(3).");
    return t.done({ onList: true, seniorityLostOn: null, lastDaySeniorityRetained: null });
  }
  const r = sd71LayoffSeniorityLoss({
    seniorityDate: raw.seniorityDate, layoffEffectiveDate: raw.layoffEffectiveDate as string,
    ...(raw.workDuringLayoff ? { workDuringLayoff: raw.workDuringLayoff } : {}), ...(raw.policies ? { policies: raw.policies } : {}),
  });
  const lost = r.seniorityLostOn !== null && formatIsoDate(i.asOf) >= r.seniorityLostOn;
  const steps = [...r.steps, lost ? `On ${formatIsoDate(i.asOf)} seniority has been lost (since ${r.seniorityLostOn}): the employee leaves the seniority list.` : `On ${formatIsoDate(i.asOf)} seniority is retained.`];
  return { onList: !lost, seniorityLostOn: r.seniorityLostOn, lastDaySeniorityRetained: r.lastDaySeniorityRetained, citations: r.citations, steps, interpretations: r.interpretations };
}
