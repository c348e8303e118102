import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { computePayLines, type PayLineData } from "@/lib/ttoc/compute-lines";
import { requireRole, writableOrganizationIds, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { NotFoundError } from "./errors";
import { toIso } from "./dates";
import { loadParameterSet } from "./parameter-set";
import { loadTimelines } from "./ttoc-timelines";
import { insertPayLines, withExplanation } from "./ttoc-lines";
import { diffPayLines, type PayLineAmount } from "@/lib/ttoc/pay-line-diff";
import type { Prisma } from "@/lib/generated/prisma/client";

const day = (iso: string) => new Date(iso + "T00:00:00Z");
export const TTOCS_PER_PAGE = 100;

/**
 * TTOC pay is the district's payroll: only its administrators and HR clerks read or change it. Stewards and local
 * officers (even of the district's own union) are refused like any record outside their scope, so every TTOC read
 * is scoped by these districts and a refused one is a NotFoundError (the 404 page).
 */
export function ttocOrganizationIds(actor: Actor): string[] {
  return writableOrganizationIds(actor);
}

/**
 * Refuses (NotFoundError) an actor who runs TTOC pay in no district (HR or admin of a district under the SD73
 * teachers' agreement, as the navigation shows it): the module's list pages are a 404 for them.
 */
export function requireTtocAccess(actor: Actor): void {
  if (!actor.districtRules.includes("sd73-teachers")) throw new NotFoundError("TTOC pay");
}

export async function listPayPeriods(actor: Actor) {
  requireTtocAccess(actor);
  const prisma = await db();
  return prisma.payPeriod.findMany({
    where: { organizationId: { in: ttocOrganizationIds(actor) }, organization: { agreements: { some: { rulesId: "sd73-teachers", id: { in: actor.agreementIds } } } } },
    include: { organization: { select: { code: true } }, _count: { select: { lines: true } } },
    orderBy: { startDate: "desc" },
  });
}

/** SD73 districts where the actor runs TTOC pay. */
export async function ttocDistricts(actor: Actor) {
  const prisma = await db();
  return prisma.organization.findMany({ where: { id: { in: ttocOrganizationIds(actor) }, agreements: { some: { rulesId: "sd73-teachers" } } } });
}

export async function createPayPeriod(actor: Actor, organizationId: string, p: { startDate: string; endDate: string; reason?: string }) {
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId });
  const prisma = await db();
  const clash = await prisma.payPeriod.findFirst({ where: { organizationId, startDate: { lte: day(p.endDate) }, endDate: { gte: day(p.startDate) } } });
  if (clash) return { ok: false as const, message: `It overlaps the period ${toIso(clash.startDate)} to ${toIso(clash.endDate)}.` };
  return prisma.$transaction(async (tx) => {
    const row = await tx.payPeriod.create({ data: { organizationId, startDate: day(p.startDate), endDate: day(p.endDate), nonStandardReason: p.reason ?? null } });
    await recordAudit(tx, actor, { action: "create", entity: "PayPeriod", entityId: row.id, organizationId, after: p });
    return { ok: true as const, id: row.id };
  });
}

/**
 * A period of a district where the actor runs TTOC pay (no lines), or NotFoundError. Read once per page render (the
 * period page's four parts each check it); server actions, outside a render, read it on every call.
 */
export const findPayPeriod = cache(async (actor: Actor, id: string) => {
  const prisma = await db();
  const period = await prisma.payPeriod.findFirst({ where: { id, organizationId: { in: ttocOrganizationIds(actor) } }, include: { organization: { select: { id: true, code: true, name: true } } } });
  if (!period) throw new NotFoundError("Pay period");
  return period;
});

/** A line with its arithmetic, whether stored on the line or shared (PayExplanation). */
const withSteps = withExplanation;

type TotalRow = { employeeId: string; employeeNumber: string; lastName: string; firstName: string; cents: bigint; milli: bigint };

/**
 * A period with its per-TTOC totals, one page of TTOCs at a time (aggregated in SQL, so a period of thousands of
 * TTOCs stays fast) and the period's totals; the lines themselves come from periodLines (ttoc-period-lines.ts).
 */
export async function getPayPeriod(actor: Actor, id: string, page = 1) {
  const period = await findPayPeriod(actor, id);
  const prisma = await db();
  const offset = (Math.max(1, page) - 1) * TTOCS_PER_PAGE;
  const [rows, agg, ttocCount, dayCount] = await Promise.all([
    prisma.$queryRaw<TotalRow[]>`SELECT l."employeeId", e."employeeNumber", e."lastName", e."firstName", SUM(l."totalCents") AS cents, SUM(l."paidFractionMilli") AS milli
      FROM pay_line l JOIN employee e ON e.id = l."employeeId" WHERE l."periodId" = ${id}
      GROUP BY l."employeeId", e."employeeNumber", e."lastName", e."firstName" ORDER BY e."lastName", e."firstName", e."employeeNumber" LIMIT ${TTOCS_PER_PAGE} OFFSET ${offset}`,
    prisma.payLine.aggregate({ where: { periodId: id }, _sum: { totalCents: true }, _count: true }),
    prisma.payLine.groupBy({ by: ["employeeId"], where: { periodId: id } }).then((g) => g.length),
    prisma.ttocDay.count({ where: { organizationId: period.organizationId, date: { gte: period.startDate, lte: period.endDate } } }),
  ]);
  const byTtoc = rows.map((r) => ({ employeeId: r.employeeId, employeeNumber: r.employeeNumber, name: `${r.lastName}, ${r.firstName}`, cents: Number(r.cents), days: Number(r.milli) / 1000 }));
  return {
    period, byTtoc, dayCount, ttocCount, lineCount: agg._count, totalCents: agg._sum.totalCents ?? 0,
    page: Math.max(1, page), pageCount: Math.max(1, Math.ceil(ttocCount / TTOCS_PER_PAGE)),
  };
}

/** Every line of a period, for the payroll export and statements. */
export async function payPeriodLines(actor: Actor, id: string, employeeNumber?: string) {
  const period = await findPayPeriod(actor, id);
  const prisma = await db();
  const lines = await prisma.payLine.findMany({
    where: { periodId: id, ...(employeeNumber ? { employee: { employeeNumber } } : {}) },
    orderBy: [{ employee: { employeeNumber: "asc" } }, { date: "asc" }, { kind: "asc" }],
    include: { employee: { select: { employeeNumber: true, firstName: true, lastName: true, certificated: true } }, explanation: { select: { steps: true, citations: true } }, refLine: { select: { date: true, period: { select: { startDate: true, endDate: true } } } } },
  });
  return { period, lines: lines.map(withSteps) };
}

/** Computes every TTOC's pay for every date of the period, each day at the placement in effect that day. */
async function computeLines(organizationId: string, start: Date, end: Date) {
  const prisma = await db();
  const days = await prisma.ttocDay.findMany({
    where: { organizationId, date: { gte: start, lte: end } },
    select: { employeeId: true, date: true, fractionMilli: true, employee: { select: { id: true, employeeNumber: true, firstName: true, lastName: true, certificated: true, teacherCategory: true, teacherStep: true, hireDate: true } } },
    orderBy: [{ employeeId: "asc" }, { date: "asc" }],
  });
  const { placementFor } = await loadTimelines(prisma, organizationId, [...new Map(days.map((d) => [d.employeeId, d.employee])).values()], end, { from: start, days }, { explain: false });
  const numberOf = new Map(days.map((d) => [d.employeeId, d.employee.employeeNumber]));
  const nameOf = new Map(days.map((d) => [d.employeeId, `${d.employee.lastName}, ${d.employee.firstName}`]));
  const params = await loadParameterSet(prisma, organizationId);
  return { ...computePayLines(days.map((d) => ({ ...d, date: toIso(d.date) })), placementFor, params), numberOf, nameOf };
}

/** Fresh lines with their employee numbers, for comparing with the stored ones. */
const numbered = (lines: PayLineData[], numberOf: Map<string, string>, nameOf?: Map<string, string>): PayLineAmount[] =>
  lines.map((l) => ({ employeeId: l.employeeId, employeeNumber: numberOf.get(l.employeeId), name: nameOf?.get(l.employeeId), date: l.date, totalCents: l.totalCents }));

/** Stores the period's lines (replacing earlier pay lines; adjustments stay). Refused once approved. */
export async function runPayPeriod(actor: Actor, id: string) {
  const period = await findPayPeriod(actor, id);
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: period.organizationId });
  if (period.status === "APPROVED") return { ok: false as const, message: "This period is approved: its lines cannot change. Corrections go in a later period as adjustment lines." };
  const { lines, errors, numberOf } = await computeLines(period.organizationId, period.startDate, period.endDate);
  if (errors.length) return { ok: false as const, message: `Nothing was saved: ${errors.slice(0, 20).join("; ")}${errors.length > 20 ? `; and ${errors.length - 20} more` : ""}` };
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const stored = await storedPayLines(tx, id);
    await tx.payLine.deleteMany({ where: { periodId: id, kind: "PAY" } });
    await insertPayLines(tx, id, lines);
    await tx.payPeriod.update({ where: { id }, data: { computedAt: new Date() } });
    // The lines this run changed, as compact rows (a 30,000-callout period stays a few hundred kB).
    const changed = diffPayLines(stored, numbered(lines, numberOf)).map((c) => [c.employeeNumber, c.date, c.storedCents, c.newCents]);
    await recordAudit(tx, actor, {
      action: "update", entity: "PayPeriod", entityId: id, organizationId: period.organizationId,
      before: { lines: stored.length, totalCents: stored.reduce((s, l) => s + l.totalCents, 0) },
      after: { lines: lines.length, totalCents: lines.reduce((s, l) => s + l.totalCents, 0), changedColumns: ["employeeNumber", "date", "beforeCents", "afterCents"], changed },
    });
  }, { timeout: 60_000 });
  return { ok: true as const, count: lines.length };
}

/** The period's computed (PAY) lines with their employee numbers. */
async function storedPayLines(client: Pick<Prisma.TransactionClient, "payLine">, periodId: string): Promise<PayLineAmount[]> {
  const rows = await client.payLine.findMany({ where: { periodId, kind: "PAY" }, select: { employeeId: true, date: true, totalCents: true, employee: { select: { employeeNumber: true, firstName: true, lastName: true } } } });
  return rows.map((l) => ({ employeeId: l.employeeId, employeeNumber: l.employee.employeeNumber, name: `${l.employee.lastName}, ${l.employee.firstName}`, date: toIso(l.date), totalCents: l.totalCents }));
}

/** What a recalculation would change, without saving: lines added, removed or with a different amount. */
export async function previewPayPeriod(actor: Actor, id: string) {
  const period = await findPayPeriod(actor, id);
  const prisma = await db();
  const [{ lines, errors, numberOf, nameOf }, stored] = await Promise.all([computeLines(period.organizationId, period.startDate, period.endDate), storedPayLines(prisma, id)]);
  // People by number and name, never by internal id.
  const diffs = diffPayLines(stored, numbered(lines, numberOf, nameOf));
  return { diffs, errors };
}

export async function approvePayPeriod(actor: Actor, id: string) {
  const period = await findPayPeriod(actor, id);
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: period.organizationId });
  if (period.status === "APPROVED") return { ok: false as const, message: "Already approved." };
  if (!period.computedAt) return { ok: false as const, message: "Run the period before approving it." };
  const { diffs } = await previewPayPeriod(actor, id);
  if (diffs.length) return { ok: false as const, message: `The stored lines differ from a recalculation in ${diffs.length} place(s): run the period again, then approve.` };
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    await tx.payPeriod.update({ where: { id }, data: { status: "APPROVED", approvedAt: new Date(), approvedById: actor.userId } });
    await recordAudit(tx, actor, { action: "update", entity: "PayPeriod", entityId: id, organizationId: period.organizationId, before: { status: "OPEN" }, after: { status: "APPROVED" } });
  });
  return { ok: true as const };
}
