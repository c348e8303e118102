import "server-only";
import { db } from "@/lib/db";
import { RulesError, ttocDailyPay } from "@/lib/rules";
import type { PlacementInput } from "@/lib/schemas/ttoc";
import { placementOn, workedDays } from "@/lib/ttoc/placement";
import { ttocSeniority } from "@/lib/ttoc/seniority";
import { requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { NotFoundError } from "./errors";
import { toIso, todayInBC } from "./dates";
import { loadTimelines } from "./ttoc-timelines";
import { requireTtocAccess, ttocOrganizationIds } from "./ttoc";

export const ROSTER_PAGE = 100;
const day = (iso: string) => new Date(iso + "T00:00:00Z");
/** TTOCs of the districts where the actor runs TTOC pay (SD73 agreement; ADMIN or HR_CLERK only). */
const scope = (actor: Actor) => ({ organizationId: { in: ttocOrganizationIds(actor) }, employmentType: "TTOC" as const, agreement: { rulesId: "sd73-teachers", id: { in: actor.agreementIds } } });

/** The TTOCs of the actor's districts, one page at a time, each with today's placement, C.4 bank and C.2.3 seniority. */
export async function listRoster(actor: Actor, f: { q?: string; page?: number }) {
  requireTtocAccess(actor);
  const prisma = await db();
  const q = f.q?.trim();
  const where = { ...scope(actor), ...(q ? { OR: [{ employeeNumber: { contains: q } }, { lastName: { contains: q, mode: "insensitive" as const } }, { firstName: { contains: q, mode: "insensitive" as const } }] } : {}) };
  const page = Math.max(1, f.page ?? 1);
  const [count, rows] = await Promise.all([
    prisma.employee.count({ where }),
    prisma.employee.findMany({ where, orderBy: [{ lastName: "asc" }, { firstName: "asc" }], skip: (page - 1) * ROSTER_PAGE, take: ROSTER_PAGE, select: { id: true, organizationId: true, employeeNumber: true, firstName: true, lastName: true, status: true } }),
  ]);
  const today = todayInBC();
  const byOrg = new Map<string, string[]>();
  for (const r of rows) (byOrg.get(r.organizationId) ?? byOrg.set(r.organizationId, []).get(r.organizationId)!).push(r.id);
  const loaded = await Promise.all([...byOrg].map(([org, ids]) => loadTimelines(prisma, org, ids, day(today))));
  const days = await prisma.ttocDay.findMany({ where: { employeeId: { in: rows.map((r) => r.id) }, date: { lte: day(today) } }, select: { employeeId: true, date: true, fractionMilli: true } });
  return {
    count, page, pageCount: Math.max(1, Math.ceil(count / ROSTER_PAGE)),
    rows: rows.map((r) => {
      const t = loaded.map((l) => l.timelines.get(r.id)).find(Boolean)!;
      const worked = workedDays(days.filter((d) => d.employeeId === r.id).map((d) => ({ date: toIso(d.date), fractionMilli: d.fractionMilli })));
      return { ...r, placement: placementOn(t, today), bankDays: t.experience.bankDays, seniorityDays: ttocSeniority(worked, t).totalDays, dayCount: worked.length };
    }),
  };
}

/** One TTOC: recorded placements, the derived placement history, C.4 experience and C.2.3 seniority with their arithmetic. */
export async function getTtoc(actor: Actor, id: string) {
  const prisma = await db();
  const e = await prisma.employee.findFirst({ where: { id, ...scope(actor) }, include: { organization: { select: { code: true } } } });
  if (!e) throw new NotFoundError("TTOC");
  const today = todayInBC();
  const [recorded, days, { timelines }] = await Promise.all([
    prisma.ttocPlacement.findMany({ where: { employeeId: id }, orderBy: { effectiveDate: "asc" } }),
    prisma.ttocDay.findMany({ where: { employeeId: id }, orderBy: { date: "desc" }, include: { school: { select: { name: true } } } }),
    loadTimelines(prisma, e.organizationId, [id], day(today)),
  ]);
  const timeline = timelines.get(id)!;
  const worked = workedDays(days.filter((d) => toIso(d.date) <= today).map((d) => ({ date: toIso(d.date), fractionMilli: d.fractionMilli })));
  return { employee: e, recorded, timeline, current: placementOn(timeline, today), seniority: ttocSeniority(worked, timeline), recentDays: days.slice(0, 30), dayCount: worked.length, today };
}

/** Records a placement from a date; refuses a category and step that is not on the Appendix A grid on that date. */
export async function addPlacement(actor: Actor, employeeId: string, p: PlacementInput): Promise<{ ok: true } | { ok: false; message: string; errors: Record<string, string[]> }> {
  const prisma = await db();
  const e = await prisma.employee.findFirst({ where: { id: employeeId, ...scope(actor) } });
  if (!e) throw new NotFoundError("TTOC");
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: e.organizationId });
  const certificated = p.certificated === "yes";
  if (certificated) {
    try {
      ttocDailyPay({ date: p.effectiveDate, certificated: true, category: p.category!, step: p.step!, callouts: [1] });
    } catch (err) {
      if (!(err instanceof RulesError)) throw err;
      const field = err.field === "category" ? "category" : err.field === "date" ? "effectiveDate" : "step";
      return { ok: false, message: "The placement was not saved.", errors: { [field]: [`${err.message.replace(/ \[field: .*\]$/, "")} (${err.article})`] } };
    }
  }
  const clash = await prisma.ttocPlacement.findUnique({ where: { employeeId_effectiveDate: { employeeId, effectiveDate: day(p.effectiveDate) } } });
  if (clash) return { ok: false, message: "The placement was not saved.", errors: { effectiveDate: [`A placement from ${p.effectiveDate} is already recorded`] } };
  const data = { certificated, category: certificated ? p.category! : null, step: certificated ? p.step! : null };
  const opening = (await prisma.ttocPlacement.count({ where: { employeeId } })) === 0 && p.effectiveDate > toIso(e.hireDate);
  await prisma.$transaction(async (tx) => {
    // The first dated change keeps the days before it at the placement the employee record held (from the hire date).
    if (opening) await tx.ttocPlacement.create({ data: { organizationId: e.organizationId, employeeId, effectiveDate: e.hireDate, certificated: e.certificated !== false, category: e.teacherCategory, step: e.teacherStep, bankDays: 0, note: "opening placement from the employee record", createdById: actor.userId } });
    const row = await tx.ttocPlacement.create({ data: { organizationId: e.organizationId, employeeId, effectiveDate: day(p.effectiveDate), ...data, bankDays: p.bankDays ?? null, note: p.note ?? null, createdById: actor.userId } });
    await recordAudit(tx, actor, { action: "create", entity: "TtocPlacement", entityId: row.id, organizationId: e.organizationId, after: { employeeNumber: e.employeeNumber, ...p } });
    // The employee record carries the latest recorded placement in effect, so other modules see it too.
    const latest = await tx.ttocPlacement.findFirst({ where: { employeeId, effectiveDate: { lte: day(todayInBC()) } }, orderBy: { effectiveDate: "desc" } });
    if (latest && (latest.certificated !== e.certificated || latest.category !== e.teacherCategory || latest.step !== e.teacherStep)) {
      await tx.employee.update({ where: { id: employeeId }, data: { certificated: latest.certificated, teacherCategory: latest.category, teacherStep: latest.step } });
      await recordAudit(tx, actor, { action: "update", entity: "Employee", entityId: employeeId, organizationId: e.organizationId, before: { certificated: e.certificated, teacherCategory: e.teacherCategory, teacherStep: e.teacherStep }, after: { certificated: latest.certificated, teacherCategory: latest.category, teacherStep: latest.step } });
    }
  });
  return { ok: true };
}

/** Employee number → "Last, First" of a district's TTOCs, so the entry grid can name the TTOC as the number is typed. */
export async function ttocNames(actor: Actor, organizationId: string): Promise<Record<string, string>> {
  const prisma = await db();
  const rows = await prisma.employee.findMany({ where: { ...scope(actor), organizationId }, select: { employeeNumber: true, firstName: true, lastName: true } });
  return Object.fromEntries(rows.map((r) => [r.employeeNumber, `${r.lastName}, ${r.firstName}`]));
}
