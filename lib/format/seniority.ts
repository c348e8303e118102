/** Seniority figures as the seniority lists show them, so every page reads them the same way. Client-safe. */

/** YMD per C.2.3.b: 189 days a year, 19 a month (AMB-09). */
export function ymd(days: number): string {
  const y = Math.floor(days / 189 + 1e-9);
  const rem = days - y * 189;
  const m = Math.floor(rem / 19 + 1e-9);
  return `${y} y ${m} m ${(rem - m * 19).toFixed(1)} d`;
}

/** SD73 seniority in days to 2 decimals with its years, months and days, e.g. "996.53 days (5 y 5 m 4.5 d)". */
export const seniorityDaysFigure = (days: number) => `${days.toFixed(2)} days (${ymd(days)})`;
