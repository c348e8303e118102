// Seniority summaries for the demo ledger (idempotent: only employees without a summary), so the
// lists show real figures on first start. No list is published by default.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { summaryHorizon, type AgreementRules } from "../lib/seniority/summary";
import { summaryRow } from "../lib/seniority/summary-row";

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function seedSeniority(prisma: PrismaClient, today = new Date().toISOString().slice(0, 10)) {
  const horizon = summaryHorizon(today);
  const people = await prisma.employee.findMany({
    where: { senioritySummary: null },
    include: { agreement: { select: { rulesId: true } }, serviceRecords: true },
  });
  for (let k = 0; k < people.length; k += 200) {
    const rows = people.slice(k, k + 200).map((e) => {
      const row = summaryRow(
        e.agreement.rulesId as AgreementRules,
        { employmentType: e.employmentType, classification: e.classification, hireDate: iso(e.hireDate), applicationDate: e.applicationDate ? iso(e.applicationDate) : null },
        e.serviceRecords.map((r) => ({ kind: r.kind, startDate: iso(r.startDate), endDate: r.endDate ? iso(r.endDate) : null, fteMilli: r.fteMilli, quantity: r.quantity, reason: r.reason })),
        horizon,
      );
      return { ...row, employeeId: e.id, organizationId: e.organizationId, agreementId: e.agreementId };
    });
    await prisma.senioritySummary.createMany({ data: rows });
  }
  if (people.length) console.log(`Computed seniority summaries for ${people.length} employees.`);
}
