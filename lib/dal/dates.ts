/** A @db.Date value as its ISO calendar date (Prisma returns it as midnight UTC). */
export const toIso = (d: Date) => d.toISOString().slice(0, 10);

/** Today's date in British Columbia (the districts' time zone), as YYYY-MM-DD. */
export function todayInBC(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Vancouver", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
