import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkNewEvent, nextDeadlines, workflowFor, type EventErrors, type GrievanceAgreement } from "@/lib/rules/grievances";
import { calendarRegistry } from "@/lib/rules/calendars";
import type { NewGrievance, NewGrievanceEvent } from "@/lib/schemas/grievance";
import { requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { ForbiddenError, NotFoundError } from "./errors";
import { closuresOf, eventsOf, factsOf, getGrievance } from "./grievances";
import { eventRecorderSide } from "./grievance-scope";
import { isUniqueViolation, KEY_REUSED } from "./idempotency";

const day = (iso: string) => new Date(iso + "T00:00:00Z");
type Tx = Prisma.TransactionClient;

export type GrievanceWrite = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

/** The soonest open deadline, stored on the grievance for the dashboard (recomputed with every change). */
export async function refreshSummary(tx: Tx, id: string, today: string) {
  const g = await tx.grievance.findUniqueOrThrow({
    where: { id },
    include: { agreement: { select: { rulesId: true } }, events: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] } },
  });
  const r = nextDeadlines(factsOf(g), eventsOf(g.events), { asOf: today, closures: await closuresOf(g.organizationId, tx) });
  const next = r.deadlines[0];
  const data = { status: r.status, nextDue: next?.due ? day(next.due) : null, nextAction: next?.action ?? null, nextArticle: next?.article ?? null, nextRuleId: next?.ruleId ?? null, nextProfile: next ? next.explanation.profile.label : null };
  await tx.grievance.update({ where: { id }, data });
  return data;
}

/**
 * Files a grievance for a local the actor represents; numbered per local per year. Everything or nothing is saved.
 * A form submitted again with the same `idempotencyKey` (a double click, a retry) answers the grievance it filed.
 */
export async function createGrievance(actor: Actor, input: NewGrievance, today: string): Promise<GrievanceWrite> {
  const prisma = await db();
  const agreement = await prisma.agreement.findUnique({ where: { id: input.agreementId } });
  if (!agreement || !actor.agreementIds.includes(agreement.id)) throw new NotFoundError("Agreement");
  requireRole(actor, ["STEWARD", "LOCAL_OFFICER"], { localId: agreement.localId });
  const key = input.idempotencyKey ?? null;
  const filedBefore = async () => (key ? prisma.grievance.findUnique({ where: { idempotencyKey: key }, select: { id: true, localId: true } }) : null);
  const already = await filedBefore();
  if (already) return already.localId === agreement.localId ? { ok: true, id: already.id } : { ok: false, errors: KEY_REUSED };
  const w = workflowFor(agreement.rulesId);
  if (!w.types[input.type]) return { ok: false, errors: { type: "Choose a type of grievance of this agreement" } };
  if (input.calendarProfile && !calendarRegistry[agreement.rulesId]?.profiles[input.calendarProfile])
    return { ok: false, errors: { calendarProfile: "Choose a working-day calendar of this agreement" } };
  const employees = input.grievors.length
    ? await prisma.employee.findMany({ where: { agreementId: agreement.id, employeeNumber: { in: input.grievors } }, select: { id: true, employeeNumber: true } })
    : [];
  const unknown = input.grievors.filter((n) => !employees.some((e) => e.employeeNumber === n));
  if (unknown.length) return { ok: false, errors: { grievors: `No employee ${unknown.join(", ")} under this agreement` } };
  const year = Number(today.slice(0, 4));
  for (let attempt = 0; ; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => {
        const last = await tx.grievance.findFirst({ where: { localId: agreement.localId, year }, orderBy: { number: "desc" }, select: { number: true } });
        const g = await tx.grievance.create({
          data: {
            agreementId: agreement.id, organizationId: agreement.organizationId, localId: agreement.localId, year, number: (last?.number ?? 0) + 1,
            type: input.type, policy: input.policy, articles: input.articles, summary: input.summary, remedy: input.remedy,
            calendarProfile: input.calendarProfile ?? null, violationDate: day(input.violationDate), awarenessDate: input.awarenessDate ? day(input.awarenessDate) : null, filedById: actor.userId,
            idempotencyKey: key,
            grievors: { create: employees.map((e) => ({ employeeId: e.id })) },
          },
        });
        const summary = await refreshSummary(tx, g.id, today);
        await recordAudit(tx, actor, { action: "create", entity: "Grievance", entityId: g.id, organizationId: agreement.organizationId, after: { ...input, number: g.number, year, ...summary } });
        return { ok: true as const, id: g.id };
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      // The same form submitted twice at once: the second insert waited on the first's key and answers its grievance.
      const same = await filedBefore();
      if (same) return same.localId === agreement.localId ? { ok: true, id: same.id } : { ok: false, errors: KEY_REUSED };
      // Two stewards filing at once can race for a number: the unique index refuses one, which retries.
      if (attempt < 2) continue;
      throw e;
    }
  }
}

/**
 * Records one event; refused (nothing saved) when it is out of order, in the future or incomplete.
 * A form submitted again with the same `idempotencyKey` answers the event it recorded (one event, not two).
 */
export async function recordGrievanceEvent(actor: Actor, id: string, input: NewGrievanceEvent, today: string): Promise<GrievanceWrite> {
  const g = await getGrievance(actor, id);
  const side = eventRecorderSide(actor, g);
  if (!side) throw new ForbiddenError();
  const prisma = await db();
  const key = input.idempotencyKey ?? null;
  const recordedBefore = async (): Promise<GrievanceWrite | null> => {
    const e = key ? await prisma.grievanceEvent.findUnique({ where: { idempotencyKey: key }, select: { id: true, grievanceId: true } }) : null;
    return e ? (e.grievanceId === id ? { ok: true, id: e.id } : { ok: false, errors: KEY_REUSED }) : null;
  };
  const already = await recordedBefore();
  if (already) return already;
  const w = workflowFor(g.agreement.rulesId as GrievanceAgreement);
  const def = w.events[input.type];
  if (def && side === "employer" && def.by === "union") return { ok: false, errors: { type: `"${def.label}" is recorded by the local` } };
  const facts = factsOf(g);
  const events = eventsOf(g.events);
  const before = nextDeadlines(facts, events, { asOf: today, closures: await closuresOf(g.organizationId) });
  const open = before.deadlines.map((d) => ({ ruleId: d.ruleId, due: d.due }));
  // An extension names its deadline; the soonest open one when the form leaves it to us.
  const ruleId = input.type === "EXTENSION_AGREED" ? (input.ruleId ?? open[0]?.ruleId) : undefined;
  const candidate = { type: input.type, date: input.date, newDue: input.newDue ?? null, ruleId: ruleId ?? null, correctsId: input.correctsId ?? null };
  const errors: EventErrors = checkNewEvent(facts, events, candidate, today, open);
  if (Object.keys(errors).length) return { ok: false, errors: errors as Record<string, string> };
  try {
    return await saveEvent(actor, g, input, candidate, today, key);
  } catch (e) {
    // The same form submitted twice at once: the second insert waited on the first's key and answers its event.
    const same = isUniqueViolation(e) ? await recordedBefore() : null;
    if (same) return same;
    throw e;
  }
}

type Candidate = { type: string; date: string; newDue: string | null; ruleId: string | null; correctsId: string | null };
type Loaded = Awaited<ReturnType<typeof getGrievance>>;

async function saveEvent(actor: Actor, g: Loaded, input: NewGrievanceEvent, candidate: Candidate, today: string, key: string | null): Promise<GrievanceWrite> {
  const id = g.id;
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const e = await tx.grievanceEvent.create({
      data: {
        grievanceId: id, type: input.type, date: day(input.date), newDue: input.newDue ? day(input.newDue) : null, ruleId: candidate.ruleId,
        correctsId: input.correctsId ?? null, note: input.note ?? null, recordedById: actor.userId, idempotencyKey: key,
      },
    });
    const summary = await refreshSummary(tx, id, today);
    await recordAudit(tx, actor, {
      action: "create", entity: "GrievanceEvent", entityId: e.id, organizationId: g.organizationId,
      before: { status: g.status, nextDue: g.nextDue, nextAction: g.nextAction }, after: { grievanceId: id, ...candidate, note: input.note ?? null, ...summary },
    });
    return { ok: true as const, id: e.id };
  });
}
