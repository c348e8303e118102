// Demo recall-list entries (idempotent: only laid-off employees with a LAYOFF ledger entry and no recall entry), so the
// recall list is not empty on first start. SD71 15.04(a)(3) decides when their seniority runs out.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { sd71LayoffSeniorityLoss } from "../lib/rules";

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function seedRecall(prisma: PrismaClient) {
  const people = await prisma.employee.findMany({
    where: { status: "LAID_OFF", recallEntries: { none: {} }, serviceRecords: { some: { kind: "LAYOFF" } }, agreement: { rulesId: "sd71-cupe439" } },
    include: { serviceRecords: { where: { kind: "LAYOFF" }, orderBy: { startDate: "desc" }, take: 1 }, senioritySummary: { select: { seniorityDate: true } } },
  });
  for (const e of people) {
    const layoff = iso(e.serviceRecords[0].startDate);
    const seniorityDate = iso(e.senioritySummary?.seniorityDate ?? e.hireDate);
    const loss = sd71LayoffSeniorityLoss({ seniorityDate, layoffEffectiveDate: layoff });
    await prisma.recallEntry.create({
      data: {
        organizationId: e.organizationId, employeeId: e.id, layoffEffectiveDate: new Date(layoff + "T00:00:00Z"), seniorityDate: new Date(seniorityDate + "T00:00:00Z"),
        expiresOn: new Date(loss.seniorityLostOn! + "T00:00:00Z"), expiryArticle: loss.band,
      },
    });
  }
  if (people.length) console.log(`Put ${people.length} laid-off SD71 employees on the recall list.`);
}
