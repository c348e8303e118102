import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { toIso } from "./dates";
import { grievanceScope } from "./grievance-scope";
import { grievanceLabel } from "./grievances";

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
      grievors: { take: 3, select: { employee: { select: { firstName: true, lastName: true } } } }, _count: { select: { grievors: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id, label: grievanceLabel(r), due: toIso(r.nextDue!), action: r.nextAction ?? "Next step", article: r.nextArticle ?? "", ruleId: r.nextRuleId, profile: r.nextProfile ?? "the agreement's default working-day calendar",
    agreement: r.agreement.rulesId, summary: r.summary,
    grievors: r.grievors.map((x) => `${x.employee.firstName} ${x.employee.lastName}`), grievorCount: r._count.grievors,
    calendarProfile: r.calendarProfile, organizationId: r.organizationId,
  }));
}
