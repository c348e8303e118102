/**
 * D.18 instructional day limits and D.19 supervision. D.18.1: elementary day "shall not exceed
 * six (6) consecutive hours", inclusive of five hours of instructional time (with 15 minutes of
 * recess and preparation time) and a regular lunch intermission; D.18.2: middle and secondary
 * "six (6) hours and thirty (30) minutes of consecutive time", inclusive of 5 h 30 min of
 * instructional time and lunch; D.18.3.a: Storefront programs as D.18.2.a. D.19.1: no lunch-break
 * supervision except in one-room schools; D.19.2: other supervision "shall not exceed the
 * equivalent of twenty (20) minutes per week".
 */
import { z } from "zod";
import { type Explanation, Trace, parseInput } from "@/lib/rules/core";

const LIMITS = {
  elementary: { day: 360, instructional: 300, article: "D.18.1" },
  middle: { day: 390, instructional: 330, article: "D.18.2" },
  secondary: { day: 390, instructional: 330, article: "D.18.2" },
  storefront: { day: 390, instructional: 330, article: "D.18.3.a" },
} as const;
const minutes = z.number().int().min(0).max(24 * 60);

export interface Sd73WorkdayLimitsResult extends Explanation {
  maxDayMinutes: number;
  instructionalMinutes: number;
  withinLimits: boolean;
  breaches: string[];
}

/** D.18 and D.19: does a teacher's assigned day and week stay within the limits? */
export function sd73WorkdayLimits(input: {
  level: keyof typeof LIMITS;
  /** The instructional day, first bell to last, consecutive minutes including lunch. */
  dayMinutes: number;
  /** Supervision minutes assigned in the week, outside the lunch break. */
  supervisionMinutesPerWeek: number;
  /** Days in the week with supervision during the regularly scheduled lunch break. */
  lunchSupervisionDays?: number;
  oneRoomSchool?: boolean;
}): Sd73WorkdayLimitsResult {
  const p = parseInput(
    z.strictObject({ level: z.enum(["elementary", "middle", "secondary", "storefront"]), dayMinutes: minutes, supervisionMinutesPerWeek: minutes.max(7 * 24 * 60), lunchSupervisionDays: z.number().int().min(0).max(7).optional(), oneRoomSchool: z.boolean().optional() }),
    input,
    (f) => (f.startsWith("supervision") || f.startsWith("lunch") || f === "oneRoomSchool" ? "D.19" : "D.18"),
  );
  const lim = LIMITS[p.level];
  const t = new Trace().cite(lim.article, "D.19.1", "D.19.2");
  const breaches: string[] = [];
  const h = (m: number) => `${Math.floor(m / 60)} h ${m % 60} min`;
  t.step(`${p.level} (${lim.article}): the instructional day may not exceed ${h(lim.day)} of consecutive time, including ${h(lim.instructional)} of instructional time and a regular lunch intermission; assigned ${h(p.dayMinutes)}.`);
  if (p.dayMinutes > lim.day) breaches.push(`${lim.article}: the day exceeds ${h(lim.day)} by ${p.dayMinutes - lim.day} min`);
  const lunch = p.lunchSupervisionDays ?? 0;
  if (lunch > 0 && !p.oneRoomSchool) breaches.push(`D.19.1: supervision during the regularly scheduled lunch break on ${lunch} day(s) (only one-room schools may require it)`);
  t.step(`Lunch-break supervision: ${lunch} day(s)${p.oneRoomSchool ? " (a one-room school: allowed)" : lunch ? " (not allowed, D.19.1)" : ""}.`);
  if (p.supervisionMinutesPerWeek > 20) breaches.push(`D.19.2: ${p.supervisionMinutesPerWeek} min of other supervision a week exceeds the equivalent of 20 min`);
  t.step(`Other supervision ${p.supervisionMinutesPerWeek} min a week; at most the equivalent of 20 min a week, assigned equitably (D.19.2).`);
  t.step(breaches.length ? `Outside the limits: ${breaches.join("; ")}.` : "Within the D.18 and D.19 limits.");
  return t.done({ maxDayMinutes: lim.day, instructionalMinutes: lim.instructional, withinLimits: breaches.length === 0, breaches });
}
