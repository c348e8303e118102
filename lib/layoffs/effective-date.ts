/**
 * When a layoff can take effect, per agreement, as data with the article it rests on, and the what-if form's
 * default effective date from it. Pure: "today" (BC time, lib/dal/dates.ts todayInBC) is an argument.
 */
import { sd71LayoffNotice } from "@/lib/rules";
import type { LayoffAgreement } from "./types";

export type LayoffDateRule =
  /** The layoff takes effect at the end of a term: these month-days each year. */
  | { kind: "term-end"; monthDays: string[]; cite: string; hint: string }
  /** Any day, given this many working days' written notice. */
  | { kind: "notice"; workingDays: number; cite: string; hint: string };

export const LAYOFF_DATES: Record<LayoffAgreement, LayoffDateRule> = {
  // C.12.1.b.ii: "30 days' notice prior to the end of the school term (December 31st - June 30th)".
  "sd73-teachers": { kind: "term-end", monthDays: ["06-30", "12-31"], cite: "C.12.1.b.ii", hint: "The end of a term: June 30 or December 31 (C.12.1.b.ii)" },
  // 17.03 ties a layoff to no term: "thirty (30) working days before the layoff is to be effective".
  "sd71-cupe439": { kind: "notice", workingDays: 30, cite: "17.03", hint: "The first day on layoff, after 30 working days' notice (17.03)" },
};

const nextDay = (iso: string) => new Date(Date.parse(iso + "T00:00:00Z") + 86_400_000).toISOString().slice(0, 10);

/**
 * The default effective date, always after today. SD73: the next term end after today (on a term end itself, the
 * next one). SD71: the first day for which notice given today is still in time (17.03).
 */
export function defaultEffectiveDate(agreement: LayoffAgreement, today: string): string {
  const rule = LAYOFF_DATES[agreement];
  if (rule.kind === "term-end") {
    const year = Number(today.slice(0, 4));
    const ends = [year, year + 1].flatMap((y) => rule.monthDays.map((md) => `${y}-${md}`)).sort();
    return ends.find((d) => d > today)!;
  }
  let d = nextDay(today);
  for (let k = 0; k < 120 && sd71LayoffNotice({ effectiveDate: d }).latestNoticeDate < today; k++) d = nextDay(d);
  return d;
}

export { isPastDate } from "./past-date";
