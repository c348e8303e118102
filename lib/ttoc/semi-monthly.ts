/**
 * Semi-monthly TTOC pay periods (B.9: TTOCs are paid twice a month): the 1st to the 15th and the 16th to the last
 * day of the month. Pure: the dates come in as ISO strings.
 */
export type PeriodRange = { startDate: string; endDate: string };

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate(); // m is 1-based

/** The semi-monthly period that contains a date. */
export function semiMonthlyPeriodOf(iso: string): PeriodRange {
  const [y, m, d] = iso.split("-").map(Number);
  const ym = `${y}-${pad(m)}`;
  return d <= 15 ? { startDate: `${ym}-01`, endDate: `${ym}-15` } : { startDate: `${ym}-16`, endDate: `${ym}-${pad(lastDay(y, m))}` };
}

/** The period after the last one (the day after its end), or the period containing today when there is none. */
export function nextSemiMonthlyPeriod(lastEndDate: string | null, today: string): PeriodRange {
  if (!lastEndDate) return semiMonthlyPeriodOf(today);
  const next = new Date(Date.parse(lastEndDate + "T00:00:00Z") + 86_400_000).toISOString().slice(0, 10);
  return semiMonthlyPeriodOf(next);
}

/** Whether a range is exactly one semi-monthly period. */
export function isSemiMonthly(p: PeriodRange): boolean {
  const s = semiMonthlyPeriodOf(p.startDate);
  return s.startDate === p.startDate && s.endDate === p.endDate;
}
