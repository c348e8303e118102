import "server-only";
import { db } from "@/lib/db";
import { hasRole, type Actor } from "./actor";
import { toIso } from "./dates";
import { openDueItems, withWorkingDaysLeft, type DueItem } from "./grievance-calendar";
import { canSeeGrievances, todayInBc } from "./grievance-scope";
import { listPayPeriods } from "./ttoc";
import { layoffAgreements } from "./layoffs";
import { listLifConsultations } from "./lif";

const addDays = (iso: string, n: number) => toIso(new Date(Date.parse(iso + "T00:00:00Z") + n * 86_400_000));

/** Monday-to-Sunday weeks around today: the end of this week and of the next. */
export function weekBounds(today: string) {
  const dow = new Date(today + "T00:00:00Z").getUTCDay(); // 0 = Sunday
  const thisSunday = addDays(today, dow === 0 ? 0 : 7 - dow);
  return { thisWeekEnd: thisSunday, nextWeekStart: addDays(thisSunday, 1), nextWeekEnd: addDays(thisSunday, 7) };
}

export type HomeDeadline = DueItem & { workingDaysLeft: number | null };

/** "My deadlines": open grievances whose next deadline is overdue, this week or next week (one indexed query). */
async function myDeadlines(actor: Actor, today: string) {
  const w = weekBounds(today);
  const rows: HomeDeadline[] = await withWorkingDaysLeft(await openDueItems(actor, { to: w.nextWeekEnd }, 200), today);
  return {
    overdue: rows.filter((r) => r.due < today),
    thisWeek: rows.filter((r) => r.due >= today && r.due <= w.thisWeekEnd),
    nextWeek: rows.filter((r) => r.due >= w.nextWeekStart),
  };
}

/** HR work: open TTOC periods, draft layoffs, recall offers awaiting an answer. */
async function districtWork(actor: Actor) {
  const prisma = await db();
  // An SD71 clerk runs no TTOC pay: no periods to show, not a refusal of the whole home page.
  const runsTtoc = actor.districtRules.includes("sd73-teachers");
  const [periods, agreements] = await Promise.all([runsTtoc ? listPayPeriods(actor) : [], layoffAgreements(actor)]);
  const orgIds = agreements.map((a) => a.organizationId);
  const [drafts, offers] = await Promise.all([
    prisma.layoffScenario.findMany({
      where: { agreementId: { in: agreements.map((a) => a.id) }, status: "DRAFT" },
      select: { id: true, name: true, createdAt: true, organization: { select: { code: true } } }, orderBy: { createdAt: "desc" }, take: 10,
    }),
    prisma.recallOffer.findMany({
      where: { response: null, recallEntry: { organizationId: { in: orgIds } } },
      select: { id: true, positionTitle: true, respondBy: true, recallEntry: { select: { id: true, employee: { select: { employeeNumber: true, firstName: true, lastName: true } } } } },
      orderBy: { respondBy: "asc" }, take: 20,
    }),
  ]);
  return {
    openPeriods: periods.filter((p) => p.status === "OPEN").map((p) => ({
      id: p.id, district: p.organization.code, start: toIso(p.startDate), end: toIso(p.endDate), lines: p._count.lines, computed: p.computedAt !== null,
    })),
    draftLayoffs: drafts.map((d) => ({ id: d.id, name: d.name, district: d.organization.code, created: toIso(d.createdAt) })),
    pendingOffers: offers.map((o) => ({
      id: o.id, entryId: o.recallEntry.id, position: o.positionTitle, respondBy: o.respondBy, closed: o.respondBy.getTime() < Date.now(),
      employee: `${o.recallEntry.employee.firstName} ${o.recallEntry.employee.lastName} (${o.recallEntry.employee.employeeNumber})`,
    })),
  };
}

/** Everything the home page shows for this actor, by role; reads only what the roles need. */
export async function homeSummary(actor: Actor) {
  const today = todayInBc();
  const union = hasRole(actor, ["STEWARD", "LOCAL_OFFICER"]);
  const district = hasRole(actor, ["HR_CLERK", "ADMIN"]);
  const lifRole = hasRole(actor, ["HR_CLERK", "ADMIN", "LOCAL_OFFICER"]);
  const [deadlines, work, lif] = await Promise.all([
    canSeeGrievances(actor) ? myDeadlines(actor, today) : null,
    district ? districtWork(actor) : null,
    lifRole ? listLifConsultations(actor) : null,
  ]);
  const lifItems = (lif ?? []).map(({ c, status }) => ({
    id: c.id, title: `${c.organization.code} × ${c.local.code}, ${c.schoolYear}`, status: status.status, deadline: toIso(c.deadline),
    daysToDeadline: status.daysToDeadline, missing: status.missingForSignature.length, complete: status.complete,
  }));
  return { today, union, district, deadlines, work, lif: lifItems };
}
