import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ttocDailyPay } from "@/lib/rules";
import { kam2024 } from "@/lib/rules/sd73-teachers/parameters/salary-grid-cells";
import { loadActor, type Actor } from "./actor";
import { approvePayPeriod, createPayPeriod, runPayPeriod } from "./ttoc";
import { saveCallouts } from "./ttoc-entry";
import { loadParameterSet } from "./parameter-set";
import { previewParameterValue, saveParameterValue, withdrawParameterValue } from "./parameters";
import { runRetro } from "./ttoc-retro";

const NUM = "INTPARAM1";
const CITE = "Integration MOA";
const d = (iso: string) => new Date(iso + "T00:00:00Z");
const STARTS = ["2025-09-02", "2025-11-17", "2025-12-01"].map(d);
let hr: Actor, admin: Actor, org: string, agreementId: string;

async function cleanup() {
  const prisma = await db();
  const pvs = await prisma.parameterValue.findMany({ where: { citation: CITE } });
  await prisma.payLine.deleteMany({ where: { parameterValueId: { in: pvs.map((p) => p.id) } } });
  await prisma.payPeriod.deleteMany({ where: { startDate: { in: STARTS } } });
  await prisma.parameterValue.deleteMany({ where: { citation: CITE } });
  await prisma.ttocDay.deleteMany({ where: { employee: { employeeNumber: NUM } } });
  await prisma.employee.deleteMany({ where: { employeeNumber: NUM } });
}

beforeAll(async () => {
  const prisma = await db();
  await cleanup();
  hr = await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: "hr.sd73@accord.test" } })).id);
  admin = await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: "admin@accord.test" } })).id);
  const agreement = await prisma.agreement.findUniqueOrThrow({ where: { rulesId: "sd73-teachers" } });
  org = agreement.organizationId;
  agreementId = agreement.id;
  await prisma.employee.create({ data: { organizationId: org, agreementId, employeeNumber: NUM, firstName: "Pat", lastName: "Parameters", employmentType: "TTOC", certificated: true, teacherCategory: "5", teacherStep: 5, hireDate: d("2020-09-01") } });
});
afterAll(cleanup);

const row = (date: string) => ({ employeeNumber: NUM, date, school: "Pacific Way Elementary", start: "08:30", end: "15:00" });
const gwi = { agreementId: "", seriesId: "sd73.appendix-a.kamloops", effectiveDate: "2025-07-01", method: "gwi" as const, percent: "3", citation: CITE, citationDate: "2026-11-20" };

describe("District-entered parameters and the retro run (Appendix A, B.2.6, A.1.2, DESIGN 6)", () => {
  it("overlays a 3% Appendix A grid from 2025-07-01, tops up an approved September 2025 day once, and refuses to withdraw a value a retro used", async () => {
    const prisma = await db();
    // Approved before the value exists: paid at KAM-2024 under A.1.2 continuation.
    const p1 = await createPayPeriod(hr, org, { startDate: "2025-09-02", endDate: "2025-09-12" });
    if (!p1.ok) throw new Error(p1.message);
    expect(await saveCallouts(hr, p1.id, [row("2025-09-03")], (i) => i + 1, "entry")).toEqual({ ok: true, count: 1 });
    expect(await runPayPeriod(hr, p1.id)).toMatchObject({ ok: true });
    expect(await approvePayPeriod(hr, p1.id)).toEqual({ ok: true });
    const original = await prisma.payLine.findFirstOrThrow({ where: { periodId: p1.id, kind: "PAY" } });
    const oldCell = kam2024[5][1] as number;
    expect(original.totalCents).toBe(Math.round((oldCell * 100) / 189 + 1100));

    // The HR clerk may not add a value; the administrator previews, then saves.
    await expect(previewParameterValue(hr, { ...gwi, agreementId })).rejects.toThrow();
    const preview = await previewParameterValue(admin, { ...gwi, agreementId });
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    const newCell = Math.round(oldCell * 1.03);
    expect(preview.rows).toContainEqual({ label: "Step 5, Category 5", before: `$${oldCell}`, after: `$${newCell}`, change: "3.00%" });
    const saved = await saveParameterValue(admin, { ...gwi, agreementId });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(await prisma.auditEvent.count({ where: { entity: "ParameterValue", entityId: saved.id } })).toBe(1);

    // The overlay: results name the value used; built-in data is unchanged without the set.
    const params = await loadParameterSet(prisma, org);
    const r = ttocDailyPay({ date: "2025-10-06", certificated: true, category: "5", step: 5, callouts: [1] }, params);
    expect(r.gridUsed).toBe("KAM-2025");
    expect(r.continued).toBe(false);
    expect(r.steps.join(" ")).toMatch(/KAM-2025 \(Integration MOA 2026-11-20, entered \d{4}-\d{2}-\d{2} by Alex Admin\)/);
    expect(ttocDailyPay({ date: "2025-10-06", certificated: true, category: "5", step: 5, callouts: [1] }).gridUsed).toBe("KAM-2024");

    // Retro into an open period: the day recomputed less what was paid; a second run writes nothing.
    const p2 = await createPayPeriod(hr, org, { startDate: "2025-11-17", endDate: "2025-11-28" });
    if (!p2.ok) throw new Error(p2.message);
    const first = await runRetro(hr, p2.id, saved.id);
    const expected = Math.round((newCell * 100) / 189 + 1100) - original.totalCents;
    expect(first).toMatchObject({ ok: true, count: 1, totalCents: expected });
    const line = await prisma.payLine.findFirstOrThrow({ where: { periodId: p2.id, kind: "ADJUSTMENT" } });
    expect(line.refLineId).toBe(original.id);
    expect(line.steps.at(-1)).toContain("Adjustment = ");
    expect(await runRetro(hr, p2.id, saved.id)).toMatchObject({ ok: true, count: 0 });
    expect(await prisma.payLine.count({ where: { parameterValueId: saved.id } })).toBe(1);

    // Withdrawal refused once a retro used it; a bad percentage is a field error, not a throw.
    expect(await withdrawParameterValue(admin, saved.id)).toMatchObject({ ok: false, message: expect.stringContaining("retro adjustment line") });
    expect(await previewParameterValue(admin, { ...gwi, agreementId, percent: "-2" })).toMatchObject({ ok: false, errors: { percent: [expect.any(String)] } });
  });

  it("refuses to withdraw a B.2.8 rate once an approved period was computed with it, and withdraws one nothing used", async () => {
    const prisma = await db();
    const v = await saveParameterValue(admin, { ...gwi, agreementId, seriesId: "sd73.b2-8.noncertificated", effectiveDate: "2025-12-01", percent: "2" });
    if (!v.ok) throw new Error(JSON.stringify(v));
    const unused = await saveParameterValue(admin, { ...gwi, agreementId, seriesId: "sd73.b2-5.in-lieu", effectiveDate: "2026-07-01", percent: "2" });
    if (!unused.ok) throw new Error(JSON.stringify(unused));
    const p = await createPayPeriod(hr, org, { startDate: "2025-12-01", endDate: "2025-12-12" });
    if (!p.ok) throw new Error(p.message);
    await saveCallouts(hr, p.id, [row("2025-12-02")], (i) => i + 1, "entry");
    await runPayPeriod(hr, p.id);
    expect(await approvePayPeriod(hr, p.id)).toEqual({ ok: true });
    expect(await withdrawParameterValue(admin, v.id)).toMatchObject({ ok: false, message: expect.stringContaining("approved pay period 2025-12-01 to 2025-12-12") });
    expect(await withdrawParameterValue(hr, unused.id).catch((e: Error) => e.name)).toBe("ForbiddenError");
    expect(await withdrawParameterValue(admin, unused.id)).toEqual({ ok: true });
    expect((await prisma.parameterValue.findUniqueOrThrow({ where: { id: unused.id } })).withdrawnAt).not.toBeNull();
  });
});
