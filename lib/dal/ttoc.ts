import "server-only";
import { db } from "@/lib/db";
import { computePayLines } from "@/lib/ttoc/compute-lines";
import { requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { NotFoundError } from "./errors";
import { toIso } from "./dates";

const day = (iso: string) => new Date(iso + "T00:00:00Z");

export async function listPayPeriods(actor: Actor) {
  const prisma = await db();
  return prisma.payPeriod.findMany({
    where: { organizationId: { in: actor.organizationIds }, organization: { agreements: { some: { rulesId: "sd73-teachers", id: { in: actor.agreementIds } } } } },
    include: { organization: { select: { code: true } }, _count: { select: { lines: true } } },
    orderBy: { startDate: "desc" },
  });
}

/** SD73 districts where the actor runs TTOC pay. */
export async function ttocDistricts(actor: Actor) {
  const prisma = await db();
  const orgIds = actor.memberships.filter((m) => (m.role === "ADMIN" || m.role === "HR_CLERK") && m.organizationId).map((m) => m.organizationId!);
  return prisma.organization.findMany({ where: { id: { in: orgIds }, agreements: { some: { rulesId: "sd73-teachers" } } } });
}

export async function createPayPeriod(actor: Actor, organizationId: string, p: { startDate: string; endDate: string }) {
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId });
  const prisma = await db();
  const clash = await prisma.payPeriod.findFirst({ where: { organizationId, startDate: { lte: day(p.endDate) }, endDate: { gte: day(p.startDate) } } });
  if (clash) return { ok: false as const, message: `It overlaps the period ${toIso(clash.startDate)} to ${toIso(clash.endDate)}.` };
  return prisma.$transaction(async (tx) => {
    const row = await tx.payPeriod.create({ data: { organizationId, startDate: day(p.startDate), endDate: day(p.endDate) } });
    await recordAudit(tx, actor, { action: "create", entity: "PayPeriod", entityId: row.id, organizationId, after: p });
    return { ok: true as const, id: row.id };
  });
}

/** A period in the actor's districts with its lines and per-TTOC totals. */
export async function getPayPeriod(actor: Actor, id: string) {
  const prisma = await db();
  const period = await prisma.payPeriod.findFirst({
    where: { id, organizationId: { in: actor.organizationIds } },
    include: {
      organization: { select: { id: true, code: true, name: true } },
      lines: { orderBy: [{ date: "asc" }], include: { employee: { select: { employeeNumber: true, firstName: true, lastName: true } } } },
    },
  });
  if (!period) throw new NotFoundError("Pay period");
  const dayCount = await prisma.ttocDay.count({ where: { organizationId: period.organizationId, date: { gte: period.startDate, lte: period.endDate } } });
  const totals = new Map<string, { employeeNumber: string; name: string; cents: number; days: number }>();
  for (const l of period.lines) {
    const t = totals.get(l.employeeId) ?? { employeeNumber: l.employee.employeeNumber, name: `${l.employee.lastName}, ${l.employee.firstName}`, cents: 0, days: 0 };
    t.cents += l.totalCents; t.days += l.paidFractionMilli / 1000;
    totals.set(l.employeeId, t);
  }
  const byTtoc = [...totals.entries()].map(([employeeId, t]) => ({ employeeId, ...t })).sort((a, b) => a.name.localeCompare(b.name));
  return { period, byTtoc, totalCents: byTtoc.reduce((s, t) => s + t.cents, 0), dayCount };
}

/** Computes every TTOC's pay for every date of the period from the recorded callouts. */
async function computeLines(organizationId: string, start: Date, end: Date) {
  const prisma = await db();
  const days = await prisma.ttocDay.findMany({ where: { organizationId, date: { gte: start, lte: end } }, include: { employee: true }, orderBy: [{ employeeId: "asc" }, { date: "asc" }] });
  return computePayLines(days.map((d) => ({ ...d, date: toIso(d.date) })));
}

/** Stores the period's lines (replacing earlier pay lines; adjustments stay). Refused once approved. */
export async function runPayPeriod(actor: Actor, id: string) {
  const { period } = await getPayPeriod(actor, id);
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: period.organizationId });
  if (period.status === "APPROVED") return { ok: false as const, message: "This period is approved: its lines cannot change. Corrections go in a later period as adjustment lines." };
  const { lines, errors } = await computeLines(period.organizationId, period.startDate, period.endDate);
  if (errors.length) return { ok: false as const, message: `Nothing was saved: ${errors.join("; ")}` };
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    await tx.payLine.deleteMany({ where: { periodId: id, kind: "PAY" } });
    await tx.payLine.createMany({ data: lines.map((l) => ({ ...l, periodId: id, date: day(l.date) })) });
    await tx.payPeriod.update({ where: { id }, data: { computedAt: new Date() } });
    await recordAudit(tx, actor, { action: "update", entity: "PayPeriod", entityId: id, organizationId: period.organizationId, before: { lines: period.lines.length, totalCents: period.lines.reduce((s, l) => s + l.totalCents, 0) }, after: { lines: lines.length, totalCents: lines.reduce((s, l) => s + l.totalCents, 0) } });
  }, { timeout: 60_000 });
  return { ok: true as const, count: lines.length };
}

/** What a recalculation would change, without saving: lines added, removed or with a different amount. */
export async function previewPayPeriod(actor: Actor, id: string) {
  const { period } = await getPayPeriod(actor, id);
  const { lines, errors } = await computeLines(period.organizationId, period.startDate, period.endDate);
  const key = (e: string, d: string) => `${e}|${d}`;
  const stored = new Map(period.lines.filter((l) => l.kind === "PAY").map((l) => [key(l.employeeId, toIso(l.date)), l]));
  const fresh = new Map(lines.map((l) => [key(l.employeeId, l.date), l]));
  const diffs: Array<{ employeeNumber: string; date: string; storedCents: number | null; newCents: number | null }> = [];
  const numberOf = new Map(period.lines.map((l) => [l.employeeId, l.employee.employeeNumber]));
  for (const [k, l] of fresh) { const s = stored.get(k); if (!s || s.totalCents !== l.totalCents) diffs.push({ employeeNumber: numberOf.get(l.employeeId) ?? l.employeeId, date: l.date, storedCents: s?.totalCents ?? null, newCents: l.totalCents }); }
  for (const [k, s] of stored) if (!fresh.has(k)) diffs.push({ employeeNumber: s.employee.employeeNumber, date: toIso(s.date), storedCents: s.totalCents, newCents: null });
  return { diffs, errors };
}

export async function approvePayPeriod(actor: Actor, id: string) {
  const { period } = await getPayPeriod(actor, id);
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
