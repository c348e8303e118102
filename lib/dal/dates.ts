/** A @db.Date value as its ISO calendar date (Prisma returns it as midnight UTC). */
export const toIso = (d: Date) => d.toISOString().slice(0, 10);
