import "server-only";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { toIso } from "./dates";

type Client = PrismaClient | Prisma.TransactionClient;
type Known = { from: Date; days: Array<{ employeeId: string; date: Date; fractionMilli: number }> };

/** An approved PAY line not yet covered by a retro of the value, with what was paid for its day and the day's callouts. */
export type RetroOriginal = {
  id: string; employeeId: string; date: Date; startDate: Date; endDate: Date;
  paid: { total: number; wage: number; inLieu: number; milli: number }; fractions: number[] | undefined;
};

const approvedLines = (prisma: Client, organizationId: string, from: Date) => prisma.$queryRaw<Array<{ id: string; employeeId: string; date: Date; startDate: Date; endDate: Date }>>`
  SELECT l.id, l."employeeId", l.date, p."startDate", p."endDate" FROM pay_line l JOIN pay_period p ON p.id = l."periodId"
  WHERE l.kind = 'PAY' AND l.date >= ${from}::date AND p.status = 'APPROVED' AND p."organizationId" = ${organizationId}`;

/** The approved lines each value's retro already covered (one indexed read for all values). */
async function covered(prisma: Client, parameterValueIds: string[]) {
  const rows = await prisma.$queryRaw<Array<{ k: string }>>`
    SELECT "parameterValueId" || '|' || "refLineId" AS k FROM pay_line WHERE "parameterValueId" = ANY(${parameterValueIds}::text[]) AND "refLineId" IS NOT NULL`;
  return new Set(rows.map((r) => r.k));
}

/**
 * What a retro run needs, read set-based in four scans whatever the table statistics say (joins by key are done here,
 * in memory, so a rerun over tens of thousands of covered lines stays linear): every PAY line of an approved period of
 * the district dated from `from` that no ADJUSTMENT line of this value refers to yet, the sums of every line already
 * paid for the same TTOC and date (any period, adjustments included) and that date's callout fractions; `known` is
 * every callout of the district in the lines' date range, which the placement timelines reuse.
 */
export async function loadRetroOriginals(prisma: Client, organizationId: string, parameterValueId: string, from: Date): Promise<{ originals: RetroOriginal[]; known?: Known }> {
  const [lines, done] = await Promise.all([approvedLines(prisma, organizationId, from), covered(prisma, [parameterValueId])]);
  const todo = lines.filter((l) => !done.has(`${parameterValueId}|${l.id}`));
  if (!todo.length) return { originals: [] };
  const hi = new Date(Math.max(...todo.map((o) => o.date.getTime())));
  const lo = new Date(Math.min(...todo.map((o) => o.date.getTime())));
  const [paidRows, dayRows] = await Promise.all([
    prisma.$queryRaw<Array<{ employeeId: string; date: Date; total: number; wage: number; inLieu: number; milli: number }>>`
      SELECT x."employeeId", x.date, sum(x."totalCents")::int AS total, sum(x."wageCents")::int AS wage, sum(x."inLieuCents")::int AS "inLieu", sum(x."paidFractionMilli")::int AS milli
      FROM pay_line x JOIN pay_period p ON p.id = x."periodId"
      WHERE p."organizationId" = ${organizationId} AND x.date >= ${lo}::date AND x.date <= ${hi}::date GROUP BY x."employeeId", x.date`,
    prisma.$queryRaw<Array<{ employeeId: string; date: Date; fractions: number[] }>>`
      SELECT "employeeId", date, array_agg("fractionMilli" ORDER BY "createdAt", id) AS fractions FROM ttoc_day
      WHERE "organizationId" = ${organizationId} AND date >= ${lo}::date AND date <= ${hi}::date GROUP BY "employeeId", date`,
  ]);
  const key = (e: string, d: Date) => `${e}|${toIso(d)}`;
  const paid = new Map(paidRows.map(({ employeeId, date, ...p }) => [key(employeeId, date), p]));
  const days = new Map(dayRows.map((d) => [key(d.employeeId, d.date), d.fractions]));
  const originals = todo.map((l) => ({ ...l, paid: paid.get(key(l.employeeId, l.date))!, fractions: days.get(key(l.employeeId, l.date)) }));
  // The callouts from lo to hi, for the placement timelines (which then read only the earlier days).
  const known = { from: lo, days: dayRows.flatMap((r) => r.fractions.map((fractionMilli) => ({ employeeId: r.employeeId, date: r.date, fractionMilli }))) };
  return { originals, known };
}

/** How many approved days each value's retro would still cover (the pay page's offer), from two reads for all values. */
export async function countRetroDays(prisma: Client, organizationId: string, values: Array<{ id: string; effectiveDate: Date }>) {
  if (!values.length) return new Map<string, number>();
  const from = new Date(Math.min(...values.map((v) => v.effectiveDate.getTime())));
  const [lines, done] = await Promise.all([approvedLines(prisma, organizationId, from), covered(prisma, values.map((v) => v.id))]);
  return new Map(values.map((v) => [v.id, lines.filter((l) => l.date >= v.effectiveDate && !done.has(`${v.id}|${l.id}`)).length]));
}
