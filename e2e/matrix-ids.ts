// Prints, as JSON, one record id of each tenant (SD73, SD71) for the route matrix (e2e/route-matrix.spec.ts), read
// from the seeded database at DATABASE_URL. Layoff scenarios are not seeded: it makes one private draft and one
// shared draft per district, named "E2E matrix …" (global teardown and the next run remove them).
// Run: npx tsx e2e/matrix-ids.ts
import { db } from "../lib/db";

async function main() {
  const prisma = await db();
  const out: Record<string, Record<string, string | null>> = {};
  await prisma.layoffScenario.deleteMany({ where: { name: { startsWith: "E2E matrix" } } });
  for (const code of ["SD73", "SD71"] as const) {
    const org = await prisma.organization.findUniqueOrThrow({ where: { code }, include: { agreements: true } });
    const agreement = org.agreements[0];
    const employee = await prisma.employee.findFirst({ where: { organizationId: org.id, employmentType: { not: "TTOC" } }, orderBy: { employeeNumber: "asc" } });
    const grievance = await prisma.grievance.findFirst({ where: { agreement: { organizationId: org.id } }, orderBy: { createdAt: "asc" } });
    const period = await prisma.payPeriod.findFirst({ where: { organizationId: org.id }, orderBy: { startDate: "asc" } });
    const line = period ? await prisma.payLine.findFirst({ where: { periodId: period.id }, include: { employee: true } }) : null;
    const lif = await prisma.lifConsultation.findFirst({ where: { organizationId: org.id } });
    const published = await prisma.seniorityList.findFirst({ where: { agreementId: agreement.id } });
    const recall = await prisma.recallEntry.findFirst({ where: { organizationId: org.id } });
    const input = code === "SD73"
      ? { cut: { agreement: "sd73-teachers", kind: "positions", count: 1 }, effectiveDate: "2026-06-30" }
      : { cut: { agreement: "sd71-cupe439", eliminate: [employee!.id], qualificationBasis: "classification" }, effectiveDate: "2026-06-30" };
    const draft = await prisma.layoffScenario.create({ data: { organizationId: org.id, agreementId: agreement.id, name: `E2E matrix draft ${code}`, input } });
    const shared = await prisma.layoffScenario.create({ data: { organizationId: org.id, agreementId: agreement.id, name: `E2E matrix shared ${code}`, input, sharedAt: new Date() } });
    out[code] = {
      agreement: agreement.rulesId, article: code === "SD73" ? "B.2" : "17.08",
      employee: employee?.id ?? null, grievance: grievance?.id ?? null, period: period?.id ?? null,
      ttoc: line?.employeeId ?? null, ttocNumber: line?.employee.employeeNumber ?? null, lif: lif?.id ?? null,
      published: published?.id ?? null, recall: recall?.id ?? null, draft: draft.id, shared: shared.id,
    };
  }
  console.log(JSON.stringify(out));
  process.exit(0);
}
main().catch((e) => { console.error(e); process.exit(1); });
