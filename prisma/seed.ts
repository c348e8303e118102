// Seeds reference rows (districts, locals, agreements), demo accounts and demo employees. Idempotent:
// rows are upserted by their natural keys, and a district's employees are generated only when it has none.
import bcrypt from "bcryptjs";
import { db } from "../lib/db";
import { AGREEMENTS, DEMO_ACCOUNTS, DEMO_PASSWORD, LOCALS, ORGANIZATIONS } from "../lib/demo/accounts";
import { sd71Employees, sd73Employees, type DemoEmployee } from "../lib/demo/factories";
import { seedGrievances } from "./seed-grievances";
import { seedCalendar } from "./seed-calendar";
import { importAgreementArticles } from "./import-articles";
import { seedLif } from "./seed-lif";
import { seedTtoc } from "./seed-ttoc";
import { seedRecall } from "./seed-recall";
import { seedSeniority } from "./seed-seniority";
import { seedPositions } from "./seed-positions";

const day = (iso: string) => new Date(iso + "T00:00:00Z");

async function main() {
  const prisma = await db();
  const orgs: Record<string, string> = {};
  for (const o of ORGANIZATIONS) {
    orgs[o.code] = (await prisma.organization.upsert({ where: { code: o.code }, update: { name: o.name }, create: o })).id;
  }
  const locals: Record<string, string> = {};
  for (const l of LOCALS) {
    locals[l.code] = (await prisma.unionLocal.upsert({ where: { code: l.code }, update: { name: l.name }, create: l })).id;
  }
  const agreements: Record<string, string> = {};
  for (const a of AGREEMENTS) {
    const data = {
      title: a.title, bargainingUnit: a.bargainingUnit, termStart: day(a.termStart), termEnd: day(a.termEnd),
      organizationId: orgs[a.organization], localId: locals[a.local],
    };
    agreements[a.organization] = (await prisma.agreement.upsert({ where: { rulesId: a.rulesId }, update: data, create: { rulesId: a.rulesId, ...data } })).id;
  }

  for (const s of await importAgreementArticles(prisma)) {
    if (s.created || s.updated || s.deleted) console.log(`Imported ${s.rulesId}: ${s.total} articles (${s.created} new, ${s.updated} changed, ${s.deleted} removed).`);
  }

  const hash = await bcrypt.hash(DEMO_PASSWORD, 10);
  for (const acct of DEMO_ACCOUNTS) {
    const user = await prisma.user.upsert({
      where: { email: acct.email },
      update: { name: acct.name },
      create: { email: acct.email, name: acct.name, passwordHash: hash },
    });
    for (const m of acct.memberships) {
      const organizationId = m.organization ? orgs[m.organization] : null;
      const localId = m.local ? locals[m.local] : null;
      const exists = await prisma.membership.findFirst({ where: { userId: user.id, role: m.role, organizationId, localId } });
      if (!exists) await prisma.membership.create({ data: { userId: user.id, role: m.role, organizationId, localId } });
    }
  }

  const plan: Array<[string, () => DemoEmployee[]]> = [["SD73", () => sd73Employees()], ["SD71", () => sd71Employees()]];
  for (const [code, make] of plan) {
    const organizationId = orgs[code];
    if ((await prisma.employee.count({ where: { organizationId } })) > 0) continue;
    const people = make();
    await prisma.$transaction(async (tx) => {
      for (const e of people) {
        const { serviceRecords, hireDate, applicationDate, ...rest } = e;
        await tx.employee.create({
          data: {
            ...rest,
            organizationId,
            agreementId: agreements[code],
            hireDate: day(hireDate),
            applicationDate: applicationDate ? day(applicationDate) : null,
            serviceRecords: {
              create: serviceRecords.map((s) => ({ ...s, startDate: day(s.startDate), endDate: s.endDate ? day(s.endDate) : null })),
            },
          },
        });
      }
    }, { timeout: 120_000 });
    console.log(`Seeded ${people.length} demo employees for ${code}.`);
  }
  await seedCalendar(prisma, orgs.SD73);
  await seedGrievances(prisma, { KTTA: locals.KTTA, CUPE439: locals.CUPE439 });
  await seedLif(prisma);
  await seedTtoc(prisma);
  await seedPositions(prisma);
  await seedSeniority(prisma);
  await seedRecall(prisma);
  await prisma.$disconnect();
}

main().then(
  () => process.exit(0),
  (e) => { console.error("Seed failed:", e instanceof Error ? e.message : e); process.exit(1); },
);
