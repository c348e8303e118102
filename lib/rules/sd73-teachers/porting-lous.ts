/**
 * Porting of seniority under LOU 6 (separate K–12 and adult-education lists), LOU 7 (part-time
 * continuing appointments held in two districts at once) and LOU 8 (a laid-off teacher on recall
 * in one district who gets a continuing appointment in another). Years are decimal years.
 */
import { z } from "zod";
import { type Explanation, Trace, addDays, formatIsoDate, isoDay, parseInput, tryParseIsoDate } from "@/lib/rules/core";
import { nonNegative } from "./schemas";

const MAX = 20;
const years = nonNegative;

export interface Sd73Lou6Result extends Explanation { activeYears: number; dormantYears: number; targetList: "single" | "k12" | "adult" }

/** LOU 6: how much ported seniority lands on which list, and what is active. */
export function sd73Lou6Porting(input: {
  fromLists: 1 | 2; toLists: 1 | 2; k12Years: number; adultEducationYears: number; appointmentArea: "k12" | "adult";
}): Sd73Lou6Result {
  const p = parseInput(
    z.strictObject({ fromLists: z.union([z.literal(1), z.literal(2)]), toLists: z.union([z.literal(1), z.literal(2)]), k12Years: years, adultEducationYears: years, appointmentArea: z.enum(["k12", "adult"]) }),
    input,
    "LOU 6",
  );
  const t = new Trace().cite("LOU 6", "C.2.2.a");
  const other = p.appointmentArea === "k12" ? "adult" : "k12";
  const own = p.appointmentArea === "k12" ? p.k12Years : p.adultEducationYears;
  const otherYears = p.appointmentArea === "k12" ? p.adultEducationYears : p.k12Years;
  if (p.fromLists === 1 && p.toLists === 1) {
    const a = Math.min(p.k12Years + p.adultEducationYears, MAX);
    t.step(`1 to 1: one list in both districts; normal porting rules, at most one year per school year (counted in the years given), at most 20 years: ${a}.`);
    return t.done({ activeYears: a, dormantYears: 0, targetList: "single" });
  }
  if (p.fromLists === 2 && p.toLists === 2) {
    const a = Math.min(own, MAX), d = Math.min(otherYears, MAX);
    t.step(`2 to 2: the lists stay separate, up to 20 years each; ${a} year(s) on the ${p.appointmentArea} list are active (the area of the continuing appointment); ${d} year(s) on the ${other} list stay dormant until a continuing appointment in that area.`);
    return t.done({ activeYears: a, dormantYears: d, targetList: p.appointmentArea });
  }
  if (p.fromLists === 2 && p.toLists === 1) {
    const a = Math.min(p.k12Years + p.adultEducationYears, MAX);
    t.step(`2 to 1: a combined total of up to 20 years (${p.k12Years} + ${p.adultEducationYears} → ${a}); no more than one year for any single school year (the years given must already respect it).`);
    return t.done({ activeYears: a, dormantYears: 0, targetList: "single" });
  }
  const a = Math.min(p.k12Years + p.adultEducationYears, MAX);
  t.step(`1 to 2: up to 20 years to the ${p.appointmentArea} list of the continuing appointment (${a}); none to the ${other} list.`);
  return t.done({ activeYears: a, dormantYears: 0, targetList: p.appointmentArea });
}

export interface Sd73Lou7Result extends Explanation { portingAllowed: boolean; verificationDeadline: string | null; overlapYearsCapped: { schoolYear: string; years: number }[] }

/**
 * LOU 7: porting waits until the teacher resigns (or has a full leave) in the porting district;
 * the verification clock (120 days, C.2.2.b.ii; 90 before November 30, 2022) runs from then; for
 * the school years both part-time appointments were held, at most one year each.
 */
export function sd73Lou7Porting(input: {
  releasedOn: string | null; overlapYears: { schoolYear: string; portingDistrictYears: number; newDistrictYears: number }[];
}): Sd73Lou7Result {
  const p = parseInput(
    z.strictObject({ releasedOn: isoDay.nullable(), overlapYears: z.array(z.strictObject({ schoolYear: z.string().regex(/^\d{4}-\d{2}$/), portingDistrictYears: years, newDistrictYears: years })) }),
    input,
    "LOU 7",
  );
  const t = new Trace().cite("LOU 7", "C.2.2.b.ii");
  const overlapYearsCapped = p.overlapYears.map((y) => {
    const sum = y.portingDistrictYears + y.newDistrictYears;
    const c = Math.min(sum, 1);
    t.step(`${y.schoolYear}: ${y.portingDistrictYears} + ${y.newDistrictYears} = ${sum} year(s) held in both districts → ${c} (at most one year for each year, LOU 7 ¶3).`);
    return { schoolYear: y.schoolYear, years: c };
  });
  if (p.releasedOn === null) {
    t.step("No resignation, termination or full leave in the porting district yet: nothing can be ported, and the verification clock is held in abeyance (LOU 7 ¶1–2).");
    return t.done({ portingAllowed: false, verificationDeadline: null, overlapYearsCapped });
  }
  const days = p.releasedOn >= (tryParseIsoDate("2022-11-30") as number) ? 120 : 90;
  const deadline = formatIsoDate(addDays(p.releasedOn, days));
  t.step(`Released on ${formatIsoDate(p.releasedOn)}: the teacher initiates verification within ${days} days, by ${deadline} (120 days from November 30, 2022; 90 before).`);
  return t.done({ portingAllowed: true, verificationDeadline: deadline, overlapYearsCapped });
}

export interface Sd73Lou8Result extends Explanation {
  portedYears: number;
  previousDistrictYearsForRecall: number;
  previousDistrictYearsOtherPurposes: number;
  portBackYears: number | null;
}

/** LOU 8: a laid-off teacher holding recall rights ports to a second district. */
export function sd73Lou8Porting(input: {
  previousDistrictYears: number; recallRights: "held" | "lost-or-expired" | "recalled-to-previous-district"; yearsEarnedInNewDistrict?: number;
}): Sd73Lou8Result {
  const p = parseInput(
    z.strictObject({ previousDistrictYears: years, recallRights: z.enum(["held", "lost-or-expired", "recalled-to-previous-district"]), yearsEarnedInNewDistrict: years.optional() }),
    input,
    "LOU 8",
  );
  const t = new Trace().cite("LOU 8");
  const ported = Math.min(p.previousDistrictYears, MAX);
  t.step(`Up to 20 years ported to the district of the continuing appointment: ${p.previousDistrictYears} → ${ported} (LOU 8 ¶1).`);
  if (p.recallRights === "held") {
    t.step(`In the previous district the ported ${ported} year(s) are deducted for all purposes except recall: ${p.previousDistrictYears} for recall, ${p.previousDistrictYears - ported} otherwise (¶2).`);
    return t.done({ portedYears: ported, previousDistrictYearsForRecall: p.previousDistrictYears, previousDistrictYearsOtherPurposes: p.previousDistrictYears - ported, portBackYears: null });
  }
  if (p.recallRights === "lost-or-expired") {
    t.step(`Recall rights lost or expired: the deduction becomes final; the previous district keeps ${p.previousDistrictYears - ported} for all purposes and no more can be ported (¶3).`);
    return t.done({ portedYears: ported, previousDistrictYearsForRecall: 0, previousDistrictYearsOtherPurposes: p.previousDistrictYears - ported, portBackYears: null });
  }
  const earned = p.yearsEarnedInNewDistrict ?? 0;
  t.step(`Recalled to a continuing appointment in the previous district: only the ${ported} year(s) originally ported go back; the ${earned} year(s) earned in the second district stay there (¶4).`);
  return t.done({ portedYears: ported, previousDistrictYearsForRecall: p.previousDistrictYears, previousDistrictYearsOtherPurposes: p.previousDistrictYears, portBackYears: ported });
}
