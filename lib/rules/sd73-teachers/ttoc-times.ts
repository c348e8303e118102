/**
 * B.2.9.e — "For Teacher Teaching on Call pay purposes, a half day is determined by the beginning of the
 * teacher's lunch break." B.2.9.d — "a minimum of one-half day's pay per call out".
 * Turns a callout's clock times into its worked fraction: ending by the start of the lunch break is the morning
 * half; starting at or after the start of the lunch break is the afternoon half; spanning it is a full day.
 * The agreement is silent on other fractions (spec §3.4): the dispatch fraction (B.2.9.g) is used when given.
 */
import { z } from "zod";
import { InputError, parseInput, Trace, type Explanation } from "@/lib/rules/core";

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time HH:MM (24-hour)");
const Input = z.strictObject({
  start: hhmm, end: hhmm,
  school: z.strictObject({ dayStart: hhmm, dayEnd: hhmm, lunchStart: hhmm }),
});
export type TtocCalloutTimesInput = z.input<typeof Input>;

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

export function ttocCalloutFraction(input: TtocCalloutTimesInput): { fraction: 0.5 | 1; half: "morning" | "afternoon" | "full" } & Explanation {
  const i = parseInput(Input, input, "B.2.9.e");
  const [s, e] = [minutes(i.start), minutes(i.end)];
  const [ds, de, ls] = [minutes(i.school.dayStart), minutes(i.school.dayEnd), minutes(i.school.lunchStart)];
  if (e <= s) throw new InputError(`the callout ends (${i.end}) before it starts (${i.start})`, "end", "B.2.9.e");
  if (s < ds || e > de) throw new InputError(`${i.start}–${i.end} is outside the school's hours ${i.school.dayStart}–${i.school.dayEnd}`, s < ds ? "start" : "end", "B.2.9.e");
  const t = new Trace().cite("B.2.9.e", "B.2.9.d");
  let half: "morning" | "afternoon" | "full";
  if (e <= ls) half = "morning";
  else if (s >= ls) half = "afternoon";
  else half = "full";
  const fraction = half === "full" ? 1 : 0.5;
  t.step(half === "full"
    ? `${i.start}–${i.end} spans the start of the lunch break (${i.school.lunchStart}): a full day.`
    : `${i.start}–${i.end} is ${half === "morning" ? "before" : "after"} the start of the lunch break (${i.school.lunchStart}): a half day (B.2.9.e), the minimum per callout (B.2.9.d).`);
  return t.done({ fraction, half });
}
