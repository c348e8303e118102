import "server-only";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";

type Client = PrismaClient | Prisma.TransactionClient;
/** Callouts already read, as ISO dates (the placement timelines take them as they are). */
type Known = { from: Date; days: Array<{ employeeId: string; date: string; fractionMilli: number }> };

/** An approved PAY line not yet covered by a retro of the value, with what was paid for its day and the day's callouts. */
export type RetroOriginal = {
  id: string; employeeId: string; date: string; startDate: string; endDate: string;
  paid: { total: number; wage: number; inLieu: number; milli: number }; fractions: number[] | undefined;
};

/**
 * Each read below returns one row holding one JSON text: tens of thousands of rows decoded by JSON.parse in one call
 * cost a fraction of decoding them row by row through the driver, and dates come back as ISO text.
 */
async function jsonRows<T>(q: Promise<Array<{ j: string | null }>>): Promise<T[]> {
  const [row] = await q;
  return row?.j ? (JSON.parse(row.j) as T[]) : [];
}

/** Approved PAY lines of the district dated from `from`: [id, employeeId, date, start, end]. */
const approvedLines = (prisma: Client, organizationId: string, from: Date) => jsonRows<[string, string, string, string, string]>(prisma.$queryRaw`
  SELECT json_agg(json_build_array(l.id, l."employeeId", l.date, p."startDate", p."endDate"))::text AS j
  FROM pay_line l JOIN pay_period p ON p.id = l."periodId"
  WHERE l.kind = 'PAY' AND l.date >= ${from}::date AND p.status = 'APPROVED' AND p."organizationId" = ${organizationId}`);

/**
 * The approved lines each value's retro already covered, as "value|line" keys. The anti-join is done in memory: right
 * after a bulk insert the table statistics are stale and the planner's NOT EXISTS over tens of thousands of fresh
 * adjustment lines can turn quadratic (measured: 255 s for a rerun), while a set lookup stays linear.
 */
async function covered(prisma: Client, parameterValueIds: string[]) {
  const keys = await jsonRows<string>(prisma.$queryRaw`
    SELECT json_agg("parameterValueId" || '|' || "refLineId")::text AS j FROM pay_line WHERE "parameterValueId" = ANY(${parameterValueIds}::text[]) AND "refLineId" IS NOT NULL`);
  return new Set(keys);
}

/**
 * What a retro run needs, in four reads: every PAY line of an approved period of the district dated from `from` that
 * no ADJUSTMENT line of this value refers to yet, the sums of every line already paid for the same TTOC and date (any period, adjustments
 * included) and that date's callout fractions; `known` is every callout of the district in the lines' date range,
 * which the placement timelines reuse.
 */
export async function loadRetroOriginals(prisma: Client, organizationId: string, parameterValueId: string, from: Date): Promise<{ originals: RetroOriginal[]; known?: Known }> {
  const [lines, done] = await Promise.all([approvedLines(prisma, organizationId, from), covered(prisma, [parameterValueId])]);
  const todo = lines.filter((l) => !done.has(`${parameterValueId}|${l[0]}`));
  if (!todo.length) return { originals: [] };
  let lo = todo[0][2], hi = todo[0][2];
  for (const t of todo) { if (t[2] < lo) lo = t[2]; if (t[2] > hi) hi = t[2]; }
  const [paidRows, dayRows] = await Promise.all([
    jsonRows<[string, string, number, number, number, number]>(prisma.$queryRaw`
      SELECT json_agg(json_build_array(s."employeeId", s.date, s.total, s.wage, s."inLieu", s.milli))::text AS j FROM (
        SELECT x."employeeId", x.date, sum(x."totalCents") AS total, sum(x."wageCents") AS wage, sum(x."inLieuCents") AS "inLieu", sum(x."paidFractionMilli") AS milli
        FROM pay_line x JOIN pay_period p ON p.id = x."periodId"
        WHERE p."organizationId" = ${organizationId} AND x.date >= ${lo}::date AND x.date <= ${hi}::date GROUP BY x."employeeId", x.date) s`),
    jsonRows<[string, string, number[]]>(prisma.$queryRaw`
      SELECT json_agg(json_build_array(d."employeeId", d.date, d.fractions))::text AS j FROM (
        SELECT "employeeId", date, array_agg("fractionMilli" ORDER BY "createdAt", id) AS fractions FROM ttoc_day
        WHERE "organizationId" = ${organizationId} AND date >= ${lo}::date AND date <= ${hi}::date GROUP BY "employeeId", date) d`),
  ]);
  const paid = new Map(paidRows.map(([e, d, total, wage, inLieu, milli]) => [`${e}|${d}`, { total, wage, inLieu, milli }]));
  const days = new Map(dayRows.map(([e, d, f]) => [`${e}|${d}`, f]));
  const originals = todo.map(([id, employeeId, date, startDate, endDate]) => ({ id, employeeId, date, startDate, endDate, paid: paid.get(`${employeeId}|${date}`)!, fractions: days.get(`${employeeId}|${date}`) }));
  // The callouts from lo to hi, for the placement timelines (which then read only the earlier days).
  const known = { from: new Date(`${lo}T00:00:00Z`), days: dayRows.flatMap(([employeeId, date, f]) => f.map((fractionMilli) => ({ employeeId, date, fractionMilli }))) };
  return { originals, known };
}

/** How many approved days each value's retro would still cover (the pay page's offer), from two reads for all values. */
export async function countRetroDays(prisma: Client, organizationId: string, values: Array<{ id: string; effectiveDate: Date }>) {
  if (!values.length) return new Map<string, number>();
  const from = new Date(Math.min(...values.map((v) => v.effectiveDate.getTime())));
  const [lines, done] = await Promise.all([approvedLines(prisma, organizationId, from), covered(prisma, values.map((v) => v.id))]);
  return new Map(values.map((v) => {
    const since = v.effectiveDate.toISOString().slice(0, 10);
    return [v.id, lines.filter((l) => l[2] >= since && !done.has(`${v.id}|${l[0]}`)).length];
  }));
}
