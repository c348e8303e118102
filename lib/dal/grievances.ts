import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { closuresCount, nextDeadlines, workingDaysAhead, type GrievanceAgreement, type GrievanceFacts } from "@/lib/rules/grievances";
import type { GrievanceFilter } from "@/lib/schemas/grievance";
import { hasRole, type Actor } from "./actor";
import { NotFoundError } from "./errors";
import { toIso } from "./dates";
import { grievanceScope } from "./grievance-scope";

export const GRIEVANCE_PAGE_SIZE = 50;
const day = (iso: string) => new Date(iso + "T00:00:00Z");

/** Agreements whose local the actor represents (where they may file). */
export async function filingTargets(actor: Actor) {
  const localIds = actor.memberships.filter((m) => (m.role === "STEWARD" || m.role === "LOCAL_OFFICER") && m.localId).map((m) => m.localId!);
  const prisma = await db();
  return prisma.agreement.findMany({
    where: { localId: { in: localIds } },
    select: { id: true, rulesId: true, title: true, organizationId: true, localId: true, local: { select: { code: true, name: true } }, organization: { select: { code: true } } },
    orderBy: { rulesId: "desc" },
  });
}

export function canFileGrievances(actor: Actor): boolean {
  return hasRole(actor, ["STEWARD", "LOCAL_OFFICER"]);
}

/** The grievance list: scoped, filtered by status and by due date (the next 10 working days, or overdue). */
type ListFilter = Omit<GrievanceFilter, "sort" | "dir"> & Partial<Pick<GrievanceFilter, "sort" | "dir">>;

export async function listGrievances(actor: Actor, f: ListFilter, today: string) {
  const prisma = await db();
  const scope = grievanceScope(actor);
  const open: Prisma.GrievanceWhereInput = { status: { in: ["OPEN", "AT_ARBITRATION"] } };
  const status: Prisma.GrievanceWhereInput = f.status === "open" ? open : f.status === "closed" ? { status: { notIn: ["OPEN", "AT_ARBITRATION"] } } : {};
  const rules = actor.agreementRules;
  // "Due soon" is counted in working days on each agreement's own calendar: the last day that counts, per agreement.
  const soonEnd = new Map(actor.agreementIds.filter((id) => rules[id]).map((id) => [id, workingDaysAhead(rules[id] as GrievanceAgreement, today, 10)]));
  const soon: Prisma.GrievanceWhereInput = { OR: [...soonEnd].map(([agreementId, end]) => ({ agreementId, nextDue: { gte: day(today), lte: day(end) } })) };
  const overdue: Prisma.GrievanceWhereInput = { nextDue: { lt: day(today) } };
  const q = f.q?.trim();
  // A grievor by name ("Ana Silva": every word in a first or last name) or employee number.
  const words = (q ?? "").split(/\s+/).filter(Boolean).slice(0, 4);
  const byName: Prisma.GrievanceWhereInput = { AND: words.map((w) => ({ grievors: { some: { employee: { OR: [{ firstName: { contains: w, mode: "insensitive" as const } }, { lastName: { contains: w, mode: "insensitive" as const } }] } } } })) };
  const labelNumber = q?.match(/^(?:[A-Za-z0-9]+-)?(?:\d{4}-)?0*(\d{1,6})$/)?.[1]; // a grievance number, not a 40-digit string
  const search: Prisma.GrievanceWhereInput = q
    ? { OR: [{ summary: { contains: q, mode: "insensitive" } }, ...(labelNumber ? [{ number: Number(labelNumber) }] : []), { articles: { has: q } }, byName,
        { grievors: { some: { employee: { employeeNumber: { equals: q, mode: "insensitive" } } } } }] }
    : {};
  const week = { nextDue: { gte: day(today), lte: day(endOfWeek(today)) } };
  const base: Prisma.GrievanceWhereInput = { AND: [scope, search] };
  const where: Prisma.GrievanceWhereInput = {
    AND: [base, status, f.due === "soon" ? { AND: [open, soon] } : f.due === "week" ? { AND: [open, week] } : f.due === "overdue" ? { AND: [open, overdue] } : {}],
  };
  const page = f.page;
  const lastSoon = [...soonEnd.values()].reduce((a, b) => (b > a ? b : a), today);
  const [total, found, dueRows] = await Promise.all([
    prisma.grievance.count({ where }),
    prisma.grievance.findMany({
      where,
      orderBy: orderOf(f),
      skip: (page - 1) * GRIEVANCE_PAGE_SIZE,
      take: GRIEVANCE_PAGE_SIZE,
      select: {
        id: true, year: true, number: true, type: true, policy: true, summary: true, status: true, nextDue: true, nextAction: true, nextArticle: true,
        calendarProfile: true, organizationId: true, agreementId: true, local: { select: { code: true } },
        nextRuleId: true, grievors: { take: 3, select: { employee: { select: { firstName: true, lastName: true, employeeNumber: true } } } },
        _count: { select: { grievors: true } },
      },
    }),
    // The "due soon" and "overdue" counts from one read of the open grievances due by the last "soon" day.
    prisma.grievance.findMany({ where: { AND: [base, open, { nextDue: { lte: day(lastSoon) } }] }, select: { agreementId: true, nextDue: true } }),
  ]);
  const dueIso = dueRows.map((r) => ({ agreementId: r.agreementId, due: r.nextDue!.toISOString().slice(0, 10) }));
  const overdueCount = dueIso.filter((r) => r.due < today).length;
  const soonCount = dueIso.filter((r) => r.due >= today && soonEnd.has(r.agreementId) && r.due <= soonEnd.get(r.agreementId)!).length;
  const rowRules = await agreementRulesOf(actor, found.map((r) => r.agreementId));
  const rows = found.map((r) => ({ ...r, agreement: { rulesId: rowRules[r.agreementId] } }));
  // Closures of the districts whose rows count school days (working days left are counted as the deadline was).
  const orgs = [...new Set(rows.filter((r) => closuresCount(r.agreement.rulesId as GrievanceAgreement, r.calendarProfile)).map((r) => r.organizationId))];
  const closures = Object.fromEntries(await Promise.all(orgs.map(async (o) => [o, await closuresOf(o)] as const)));
  return { total, page, pageSize: GRIEVANCE_PAGE_SIZE, rows, soonCount, overdueCount, closures, weekEnd: endOfWeek(today) };
}

/** The rules folder of each agreement by id: the actor's visible agreements, any other one read. */
async function agreementRulesOf(actor: Actor, ids: string[]): Promise<Record<string, string>> {
  const known = actor.agreementRules;
  const missing = [...new Set(ids)].filter((id) => !(id in known));
  if (!missing.length) return known;
  const prisma = await db();
  const rows = await prisma.agreement.findMany({ where: { id: { in: missing } }, select: { id: true, rulesId: true } });
  return { ...known, ...Object.fromEntries(rows.map((r) => [r.id, r.rulesId])) };
}

/** Sunday ending the Monday-to-Sunday week of a date (the "This week" filter). */
export function endOfWeek(today: string) {
  const dow = new Date(today + "T00:00:00Z").getUTCDay();
  return toIso(new Date(Date.parse(today + "T00:00:00Z") + (dow === 0 ? 0 : 7 - dow) * 86_400_000));
}

function orderOf(f: ListFilter): Prisma.GrievanceOrderByWithRelationInput[] {
  const dir = f.dir ?? "asc";
  const byNumber: Prisma.GrievanceOrderByWithRelationInput[] = [{ year: dir }, { number: dir }];
  if (f.sort === "number") return byNumber;
  if (f.sort === "article") return [{ nextArticle: { sort: dir, nulls: "last" } }, { nextDue: { sort: "asc", nulls: "last" } }];
  if (f.sort === "status") return [{ status: dir }, { nextDue: { sort: "asc", nulls: "last" } }];
  return [{ nextDue: { sort: dir, nulls: "last" } }, { year: "desc" }, { number: "desc" }];
}

/** One grievance with its grievors and full event history; NotFoundError outside the actor's scope. */
export async function getGrievance(actor: Actor, id: string) {
  const prisma = await db();
  const g = await prisma.grievance.findFirst({
    where: { AND: [{ id }, grievanceScope(actor)] },
    include: {
      agreement: { select: { rulesId: true, title: true } },
      local: { select: { code: true, name: true } },
      organization: { select: { code: true, name: true } },
      grievors: { include: { employee: { select: { id: true, employeeNumber: true, firstName: true, lastName: true } } } },
      events: { orderBy: [{ date: "asc" }, { createdAt: "asc" }], include: { recordedBy: { select: { email: true, name: true } } } },
      filedBy: { select: { email: true, name: true } },
    },
  });
  if (!g) throw new NotFoundError("Grievance");
  return g;
}

export const grievanceLabel = (g: { local: { code: string }; year: number; number: number }) =>
  `${g.local.code}-${g.year}-${String(g.number).padStart(3, "0")}`;

type Row = { agreement: { rulesId: string }; type: string; policy: boolean; violationDate: Date; awarenessDate: Date | null; calendarProfile: string | null };
export const factsOf = (g: Row): GrievanceFacts => ({
  agreement: g.agreement.rulesId as GrievanceAgreement, type: g.type, policy: g.policy,
  violationDate: toIso(g.violationDate), awarenessDate: g.awarenessDate ? toIso(g.awarenessDate) : null, profile: g.calendarProfile,
});

type EventRow = { id: string; type: string; date: Date; newDue: Date | null; ruleId: string | null; correctsId: string | null };
export const eventsOf = (events: EventRow[]) =>
  events.map((e) => ({ id: e.id, type: e.type, date: toIso(e.date), newDue: e.newDue ? toIso(e.newDue) : null, ruleId: e.ruleId, correctsId: e.correctsId }));

/** District closures (CalendarClosure) in the rules' shape. */
export async function closuresOf(organizationId: string, client?: Prisma.TransactionClient) {
  const prisma = client ?? (await db());
  const rows = await prisma.calendarClosure.findMany({ where: { organizationId }, orderBy: { fromDate: "asc" } });
  return rows.map((c) => ({ from: toIso(c.fromDate), to: toIso(c.toDate), name: c.label }));
}

/** The deadlines of one loaded grievance as of a date. */
export async function deadlinesOf(g: Row & { organizationId: string; events: EventRow[] }, today: string) {
  return nextDeadlines(factsOf(g), eventsOf(g.events), { asOf: today, closures: await closuresOf(g.organizationId) });
}
