/**
 * D.17.1 work year, literally: days in session between Labour Day and the last Friday in
 * June, excluding weekends, general holidays including Easter Monday, and the winter and
 * spring breaks (LOU 43 two-week spring breaks for 2021-22 to 2024-25). The district's
 * published calendar governs in practice (spec §13.2).
 */
import { z } from "zod";
import { type Explanation, InputError, Trace, formatIsoDate, parseInput, parseSchoolYear, workingCalendar } from "@/lib/rules/core";
import { schoolCalendar, sd73WdB } from "./calendar";

export interface Sd73SchoolYearResult extends Explanation {
  schoolYear: string;
  firstDay: string;
  lastDay: string;
  winterBreak: [string, string];
  springBreak: [string, string];
  daysInSession: number;
}

const schema = z.strictObject({ schoolYear: z.string() });

/** Days in session of a school year ("2024-25") under D.17.1 and LOU 43. */
export function sd73SchoolYear(input: { schoolYear: string }): Sd73SchoolYearResult {
  const p = parseInput(schema, input, "D.17.1");
  const y = parseSchoolYear(p.schoolYear);
  if (y === null) throw new InputError(`"${p.schoolYear}" is not a school year like "2024-25"`, "schoolYear", "D.17.1");
  const c = schoolCalendar(y);
  const cal = workingCalendar(sd73WdB);
  const daysInSession = cal.countBetween(c.firstDay - 1, c.lastDay);
  const t = new Trace().cite("D.17.1.a", "D.17.1.b", c.springBreakCite).interpret("AMB-01");
  const f = formatIsoDate;
  t.step(`First day: the day after Labour Day, ${f(c.firstDay)}; last day: the last Friday in June (June 30 if before June 26), ${f(c.lastDay)} (D.17.1.a).`);
  t.step(`Winter break ${f(c.winterBreak[0])} to ${f(c.winterBreak[1])} (D.17.1.b).`);
  t.step(`Spring break ${f(c.springBreak[0])} to ${f(c.springBreak[1])} (${c.springBreakCite}).`);
  t.step(`Weekdays in session, less general holidays including Easter Monday: ${daysInSession}.`);
  return t.done({
    schoolYear: p.schoolYear,
    firstDay: f(c.firstDay),
    lastDay: f(c.lastDay),
    winterBreak: [f(c.winterBreak[0]), f(c.winterBreak[1])],
    springBreak: [f(c.springBreak[0]), f(c.springBreak[1])],
    daysInSession,
  });
}
