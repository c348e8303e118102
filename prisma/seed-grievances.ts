// Demo grievances per local (idempotent: a local that has any grievance is left alone).
import type { PrismaClient } from "../lib/generated/prisma/client";
import { DEMO_GRIEVANCES, daysBefore } from "../lib/demo/grievances";
import { nextDeadlines, type GrievanceAgreement } from "../lib/rules/grievances";

const day = (iso: string) => new Date(iso + "T00:00:00Z");
const todayInBc = () => new Intl.DateTimeFormat("en-CA", { timeZone: "America/Vancouver", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

export async function seedGrievances(prisma: PrismaClient, locals: { KTTA: string; CUPE439: string }) {
  const today = todayInBc();
  const year = Number(today.slice(0, 4));
  for (const code of ["KTTA", "CUPE439"] as const) {
    const localId = locals[code];
    if ((await prisma.grievance.count({ where: { localId } })) > 0) continue;
    const agreement = await prisma.agreement.findFirstOrThrow({ where: { localId } });
    const steward = await prisma.user.findUnique({ where: { email: code === "KTTA" ? "steward.ktta@accord.test" : "steward.cupe439@accord.test" } });
    const people = await prisma.employee.findMany({ where: { agreementId: agreement.id }, orderBy: { employeeNumber: "asc" }, take: 10, select: { id: true } });
    let number = 0;
    for (const d of DEMO_GRIEVANCES[code]) {
      const violationDate = daysBefore(today, d.violation);
      const awarenessDate = d.awareness === undefined ? null : daysBefore(today, d.awareness);
      const events = d.events.map((e, i) => ({
        id: `e${i}`, type: e.type, date: daysBefore(today, e.daysAgo), newDue: e.newDueIn === undefined ? null : daysBefore(today, -e.newDueIn), ruleId: e.ruleId ?? null,
      }));
      const r = nextDeadlines({ agreement: agreement.rulesId as GrievanceAgreement, type: d.type, policy: d.policy, violationDate, awarenessDate }, events, { asOf: today });
      const next = r.deadlines[0];
      const taken = people.slice(number, number + d.grievors);
      number++;
      await prisma.grievance.create({
        data: {
          agreementId: agreement.id, organizationId: agreement.organizationId, localId, year, number,
          type: d.type, policy: d.policy, articles: d.articles, summary: d.summary, remedy: d.remedy,
          violationDate: day(violationDate), awarenessDate: awarenessDate ? day(awarenessDate) : null, filedById: steward?.id ?? null,
          status: r.status, nextDue: next?.due ? day(next.due) : null, nextAction: next?.action ?? null, nextArticle: next?.article ?? null, nextRuleId: next?.ruleId ?? null, nextProfile: next ? next.explanation.profile.label : null,
          grievors: { create: taken.map((p) => ({ employeeId: p.id })) },
          events: { create: events.map((e) => ({ type: e.type, date: day(e.date), newDue: e.newDue ? day(e.newDue) : null, ruleId: e.ruleId, recordedById: steward?.id ?? null })) },
        },
      });
    }
    console.log(`Seeded ${DEMO_GRIEVANCES[code].length} demo grievances for ${code}.`);
  }
}
