import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { toIso } from "./dates";
import { grievanceScope } from "./grievance-scope";
import { closuresOf, grievanceLabel } from "./grievances";
import { closuresCount, workingDaysUntil, type GrievanceAgreement } from "@/lib/rules/grievances";
import { noOuterLimit } from "@/lib/format/deadlines";

const day = (iso: string) => new Date(iso + "T00:00:00Z");
const OPEN = ["OPEN", "AT_ARBITRATION"] as const;

export interface DueItem {
  id: string;
  label: string;
  due: string;
  action: string;
  article: string;
  /** The workflow rule of the deadline (null on rows stored before it was kept). */
  ruleId: string | null;
  /** The calendar profile the date was counted on. */
  profile: string;
  agreement: string;
  summary: string;
  /** Up to three grievors, "First Last", and how many there are in all. */
  grievors: string[];
  /** The same grievors' employee numbers, in the same order. */
  grievorNumbers: string[];
  grievorCount: number;
  calendarProfile: string | null;
  organizationId: string;
}

/**
 * The next deadline of each open grievance the actor sees (the dashboard's scope), read from the
 * summary stored with every change (nextDue), optionally within [from, to]: an indexed range query.
 */
export async function openDueItems(actor: Actor, range: { from?: string; to?: string } = {}, take = 2000): Promise<DueItem[]> {
  const prisma = await db();
  const rows = await prisma.grievance.findMany({
    where: {
      AND: [grievanceScope(actor), { status: { in: [...OPEN] } }, { nextDue: { not: null, ...(range.from ? { gte: day(range.from) } : {}), ...(range.to ? { lte: day(range.to) } : {}) } }],
    },
    orderBy: [{ nextDue: "asc" }, { year: "desc" }, { number: "desc" }],
    take,
    select: {
      id: true, year: true, number: true, nextDue: true, nextAction: true, nextArticle: true, nextRuleId: true, nextProfile: true, summary: true,
      local: { select: { code: true } }, agreement: { select: { rulesId: true } }, calendarProfile: true, organizationId: true,
      grievors: { take: 3, select: { employee: { select: { firstName: true, lastName: true, employeeNumber: true } } } }, _count: { select: { grievors: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id, label: grievanceLabel(r), due: toIso(r.nextDue!), action: r.nextAction ?? "Next step", article: r.nextArticle ?? "", ruleId: r.nextRuleId, profile: r.nextProfile ?? "the agreement's default working-day calendar",
    agreement: r.agreement.rulesId, summary: r.summary,
    grievors: r.grievors.map((x) => `${x.employee.firstName} ${x.employee.lastName}`), grievorNumbers: r.grievors.map((x) => x.employee.employeeNumber), grievorCount: r._count.grievors,
    calendarProfile: r.calendarProfile, organizationId: r.organizationId,
  }));
}

export type OverdueItem = DueItem & { workingDaysLeft: number };

/**
 * Open grievances whose next deadline passed before `today`, oldest first, each with the working days since
 * (negative, counted on the grievance's own calendar with its district's closures, as the deadline panel counts).
 * A date that only opens a window (no outer limit, A.6.3.a) is not overdue and is left out.
 */
export async function overdueItems(actor: Actor, today: string): Promise<OverdueItem[]> {
  const yesterday = toIso(new Date(day(today).getTime() - 86_400_000));
  return withWorkingDaysLeft((await openDueItems(actor, { to: yesterday }, 500)).filter((i) => !noOuterLimit(i.agreement, i.ruleId)), today);
}

/**
 * Each item with the working days from `today` to its due date (negative once passed), counted on the grievance's
 * own calendar with its district's closures where that calendar counts them, as the deadline panel counts.
 */
export async function withWorkingDaysLeft<T extends DueItem>(items: T[], today: string): Promise<Array<T & { workingDaysLeft: number }>> {
  const orgs = [...new Set(items.filter((i) => closuresCount(i.agreement as GrievanceAgreement, i.calendarProfile)).map((i) => i.organizationId))];
  const closures = Object.fromEntries(await Promise.all(orgs.map(async (o) => [o, await closuresOf(o)] as const)));
  return items.map((i) => ({ ...i, workingDaysLeft: workingDaysUntil(i.agreement as GrievanceAgreement, i.calendarProfile, today, i.due, closures[i.organizationId]) }));
}
