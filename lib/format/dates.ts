/**
 * Dates as people read them: "Tue Dec 15" (with the year when it is not the current one), relative
 * phrases ("5 years ago") instead of negative day counts. Pure: "today" is always an argument.
 */
const DAY = 86_400_000;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const parts = (iso: string) => {
  const d = new Date(iso.slice(0, 10) + "T00:00:00Z");
  return { wd: WEEKDAYS[d.getUTCDay()], mon: MONTHS[d.getUTCMonth()], day: d.getUTCDate(), year: d.getUTCFullYear() };
};

/** "Tue Dec 15"; "Tue Dec 15, 2027" when the year differs from today's (or always, without today). */
export function weekdayDate(iso: string, today?: string): string {
  const p = parts(iso);
  const sameYear = today !== undefined && today.slice(0, 4) === String(p.year);
  return `${p.wd} ${p.mon} ${p.day}${sameYear ? "" : `, ${p.year}`}`;
}

/** Calendar days from a to b (b − a). */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / DAY);

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** "today", "tomorrow", "in 3 days", "yesterday", "2 weeks ago", "5 years ago": never a negative count. */
export function relativeDays(iso: string, today: string): string {
  const n = daysBetween(today, iso);
  if (n === 0) return "today";
  if (n === 1) return "tomorrow";
  if (n === -1) return "yesterday";
  const a = Math.abs(n);
  const span = a < 14 ? plural(a, "day") : a < 60 ? plural(Math.floor(a / 7), "week") : a < 730 ? plural(Math.floor(a / 30.4375), "month") : plural(Math.floor(a / 365.25), "year");
  return n > 0 ? `in ${span}` : `${span} ago`;
}

export const workingDays = (n: number) => plural(Math.abs(n), "working day");

/**
 * The one wording of a deadline in lists and panels:
 * "Overdue since Fri Dec 4 (1 working day)", "Due Tue Dec 15 — 6 working days left",
 * "Earliest date: Tue Dec 15 — no outer limit" (a window opens, the agreement sets no outer limit: A.6.3.a).
 */
export function deadlineText(d: { due: string; workingDaysLeft: number | null; noOuterLimit?: boolean }, today: string): string {
  const date = weekdayDate(d.due, today);
  if (d.noOuterLimit) return `Earliest date: ${date} — no outer limit`;
  if (d.due < today) return `Overdue since ${date}${d.workingDaysLeft !== null && d.workingDaysLeft < 0 ? ` (${workingDays(d.workingDaysLeft)})` : ""}`;
  if (d.due === today) return `Due today, ${date}`;
  return `Due ${date}${d.workingDaysLeft !== null ? ` — ${workingDays(d.workingDaysLeft)} left` : ""}`;
}
