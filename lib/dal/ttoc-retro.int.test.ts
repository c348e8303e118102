import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "./actor";
import { approvePayPeriod, createPayPeriod, payPeriodLines, runPayPeriod } from "./ttoc";
import { saveCallouts } from "./ttoc-entry";
import { listAdjustments } from "./ttoc-adjust";
import { saveParameterValue } from "./parameters";
import { runRetro } from "./ttoc-retro";

const NUM = "INTRETRO1";
const CITE = "Retro display MOA";
const d = (iso: string) => new Date(iso + "T00:00:00Z");
const STARTS = ["2026-02-16", "2026-02-01"].map(d);
let hr: Actor, admin: Actor, org: string, agreementId: string;

async function cleanup() {
  const prisma = await db();
  await prisma.payPeriod.deleteMany({ where: { startDate: STARTS[0], organizationId: org } });
  await prisma.payLine.deleteMany({ where: { parameterValue: { citation: CITE } } });
  await prisma.payPeriod.deleteMany({ where: { startDate: STARTS[1], organizationId: org } });
  await prisma.parameterValue.deleteMany({ where: { citation: CITE } });
  await prisma.ttocDay.deleteMany({ where: { employee: { employeeNumber: NUM } } });
  await prisma.employee.deleteMany({ where: { employeeNumber: NUM } });
}

beforeAll(async () => {
  const prisma = await db();
  const agreement = await prisma.agreement.findUniqueOrThrow({ where: { rulesId: "sd73-teachers" } });
  org = agreement.organizationId;
  agreementId = agreement.id;
  await cleanup();
  hr = await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: "hr.sd73@accord.test" } })).id);
  admin = await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: "admin@accord.test" } })).id);
  await prisma.employee.create({ data: { organizationId: org, agreementId, employeeNumber: NUM, firstName: "Rey", lastName: "Retro", employmentType: "TTOC", certificated: true, teacherCategory: "5", teacherStep: 5, hireDate: d("2020-09-01") } });
});
afterAll(cleanup);

describe("Retro adjustment lines read back whole (B.2.7, Appendix A, B.2.6)", () => {
  it("B.2.7 / Appendix A: a retro line of 2026-02-03 shows the recomputed day at KAM-2025, what was paid and $480.71 − $467.03 = $13.68", async () => {
    const p1 = await createPayPeriod(hr, org, { startDate: "2026-02-01", endDate: "2026-02-15" });
    if (!p1.ok) throw new Error(p1.message);
    await saveCallouts(hr, p1.id, [{ employeeNumber: NUM, date: "2026-02-03", school: "Pacific Way Elementary", start: "08:30", end: "15:00" }], (i) => i + 1, "entry");
    expect(await runPayPeriod(hr, p1.id)).toMatchObject({ ok: true });
    expect(await approvePayPeriod(hr, p1.id)).toEqual({ ok: true });
    const saved = await saveParameterValue(admin, { agreementId, seriesId: "sd73.appendix-a.kamloops", effectiveDate: "2025-07-01", method: "gwi", percent: "3", citation: CITE, citationDate: "2026-11-20" });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const p2 = await createPayPeriod(hr, org, { startDate: "2026-02-16", endDate: "2026-02-28" });
    if (!p2.ok) throw new Error(p2.message);
    // Category 5 Step 5: $86,189 / 189 + $11.00 = $467.03 paid; $88,775 (× 1.03, to the dollar) / 189 + $11.00 = $480.71.
    expect(await runRetro(hr, p2.id, saved.id)).toMatchObject({ ok: true, count: 1, totalCents: 1368 });

    const [adj] = await listAdjustments(hr, p2.id);
    expect(adj.steps[0]).toBe("Retro of the line of 2026-02-03 in the approved period 2026-02-01 to 2026-02-15; the approved period is not changed.");
    expect(adj.steps.join(" ")).toMatch(/Recomputed: KAM-2025 \(Retro display MOA 2026-11-20, entered \d{4}-\d{2}-\d{2} by Alex Admin\): Category 5 Step 5 = \$88,775\.00 a year\./);
    expect(adj.steps.slice(-2)).toEqual(["Already paid for 2026-02-03: $467.03.", "Adjustment = $480.71 − $467.03 = $13.68."]);
    expect(adj.citations).toEqual(expect.arrayContaining(["B.2.7", "B.2.6", "B.2.5"]));
    // The payroll export and the statements read the same arithmetic.
    const { lines } = await payPeriodLines(hr, p2.id);
    expect(lines.map((l) => [l.kind, l.totalCents, l.steps])).toEqual([["ADJUSTMENT", 1368, adj.steps]]);
  });
});
