import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "./actor";
import { approvePayPeriod, createPayPeriod, getPayPeriod, payPeriodLines, runPayPeriod } from "./ttoc";
import { saveCallouts } from "./ttoc-entry";
import { addPlacement, getTtoc } from "./ttoc-roster";
import { recordAdjustment } from "./ttoc-adjust";
import { importTtocDays } from "./ttoc-import";

const NUM = "INTTTOC1";
const d = (iso: string) => new Date(iso + "T00:00:00Z");
const row = (date: string, extra: Record<string, string> = {}) => ({ employeeNumber: NUM, date, school: "Pacific Way Elementary", start: "08:30", end: "15:00", ...extra });
let hr: Actor, org: string;

async function cleanup() {
  const prisma = await db();
  await prisma.payPeriod.deleteMany({ where: { startDate: { in: [d("2025-01-06"), d("2025-01-20")] } } });
  await prisma.ttocDay.deleteMany({ where: { employee: { employeeNumber: NUM } } });
  await prisma.employee.deleteMany({ where: { employeeNumber: NUM } });
}

beforeAll(async () => {
  const prisma = await db();
  await cleanup();
  hr = await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: "hr.sd73@accord.test" } })).id);
  const agreement = await prisma.agreement.findUniqueOrThrow({ where: { rulesId: "sd73-teachers" } });
  org = agreement.organizationId;
  await prisma.employee.create({ data: { organizationId: org, agreementId: agreement.id, employeeNumber: NUM, firstName: "Ida", lastName: "Integration", employmentType: "TTOC", certificated: true, teacherCategory: "5", teacherStep: 5, hireDate: d("2020-09-01") } });
});
afterAll(cleanup);

describe("TTOC pay corrections (B.2.6, B.2.7)", () => {
  it("prices each day of a period at its own placement, refuses bad rows whole, and corrects an approved day by an adjustment in a later period", async () => {
    const prisma = await db();
    const emp = await prisma.employee.findFirstOrThrow({ where: { employeeNumber: NUM } });
    const a = await createPayPeriod(hr, org, { startDate: "2025-01-06", endDate: "2025-01-17" });
    if (!a.ok) throw new Error(a.message);

    // A placement not on the Appendix A grid is refused, naming the field.
    const off = await addPlacement(hr, emp.id, { effectiveDate: "2025-01-09", certificated: "yes", category: "4", step: 10 });
    expect(off).toMatchObject({ ok: false, errors: { step: [expect.stringContaining("no rate for Category 4 Step 10")] } });
    // Step 6 from 2025-01-09; the days before keep Step 5 (an opening placement from the hire date is kept).
    expect(await addPlacement(hr, emp.id, { effectiveDate: "2025-01-09", certificated: "yes", category: "5", step: 6 })).toEqual({ ok: true });

    const bad = await saveCallouts(hr, a.id, [
      row("2025-01-08"),
      { ...row("2025-01-09"), employeeNumber: "NOSUCH" },
      row("2025-01-20"),
      row("2025-01-08", { start: "12:00", end: "14:00" }),
      row("2025-01-10", { start: "07:00", end: "11:00" }),
    ], (i) => i + 1, "entry");
    expect(bad).toMatchObject({ ok: false, errors: [
      { row: 2, field: "employeeNumber", message: "TTOC number NOSUCH is not on this district's TTOC roster" },
      { row: 3, field: "date", message: "Date 2025-01-20 is outside this period (2025-01-06 to 2025-01-17)" },
      { row: 4, field: "start", message: "overlaps the callout in row 1" },
      { row: 5, field: "start", message: expect.stringContaining("outside the school's hours 08:30–15:00") },
    ] });
    expect(await prisma.ttocDay.count({ where: { employeeId: emp.id } })).toBe(0);

    expect(await saveCallouts(hr, a.id, [row("2025-01-08"), { ...row("2025-01-09"), start: "", end: "", fraction: "1" }], (i) => i + 1, "entry")).toEqual({ ok: true, count: 2 });
    expect(await runPayPeriod(hr, a.id)).toEqual({ ok: true, count: 2 });
    const { lines } = await payPeriodLines(hr, a.id, NUM);
    // B.2.6: Cat 5 Step 5 $86,189 ÷ 189 + $11 = $467.03; Cat 5 Step 6 $89,382 ÷ 189 + $11 = $483.92.
    expect(lines.map((l) => [l.date.toISOString().slice(0, 10), l.totalCents])).toEqual([["2025-01-08", 46703], ["2025-01-09", 48392]]);
    expect(lines[1].steps[0]).toBe("Placement on this date: Category 5 Step 6 (recorded from 2025-01-09).");
    expect(lines[1].citations).toContain("B.2.6");

    expect((await approvePayPeriod(hr, a.id)).ok).toBe(true);
    // The approved period refuses every edit.
    expect((await saveCallouts(hr, a.id, [row("2025-01-10")], (i) => i + 1, "entry")).ok).toBe(false);
    expect((await importTtocDays(hr, a.id, "employeeNumber,date,school\n" + `${NUM},2025-01-10,Pacific Way Elementary,,,,1\n`)).ok).toBe(false);
    expect((await runPayPeriod(hr, a.id)).ok).toBe(false);
    expect((await recordAdjustment(hr, a.id, { employeeNumber: NUM, date: "2025-01-08", reason: "retroactive step" })).ok).toBe(false);

    // HR learns Step 6 applied from 2025-01-08: the correction goes in the next open period as an adjustment line.
    expect(await addPlacement(hr, emp.id, { effectiveDate: "2025-01-08", certificated: "yes", category: "5", step: 6 })).toEqual({ ok: true });
    const b = await createPayPeriod(hr, org, { startDate: "2025-01-20", endDate: "2025-01-31" });
    if (!b.ok) throw new Error(b.message);
    expect(await recordAdjustment(hr, b.id, { employeeNumber: NUM, date: "2025-01-08", reason: "retroactive step" })).toEqual({ ok: true, cents: 1689 });
    expect(await recordAdjustment(hr, b.id, { employeeNumber: NUM, date: "2025-01-08", reason: "again" })).toMatchObject({ ok: false, errors: { date: [expect.stringContaining("there is nothing to adjust")] } });
    const later = await payPeriodLines(hr, b.id, NUM);
    expect(later.lines).toHaveLength(1);
    expect(later.lines[0]).toMatchObject({ kind: "ADJUSTMENT", totalCents: 1689, reason: "retroactive step", refLineId: lines[0].id });
    expect(later.lines[0].steps.at(-1)).toBe("Adjustment = $483.92 − $467.03 = $16.89.");
    expect((await getPayPeriod(hr, b.id)).byTtoc.find((t) => t.employeeNumber === NUM)?.cents).toBe(1689);
    // The approved period itself is unchanged.
    expect((await payPeriodLines(hr, a.id, NUM)).lines.map((l) => l.totalCents)).toEqual([46703, 48392]);

    const roster = await getTtoc(hr, emp.id);
    expect(roster.timeline.entries.map((e) => [e.effectiveDate, e.step])).toEqual([["2020-09-01", 5], ["2025-01-08", 6], ["2025-01-09", 6]]);
    expect(roster.seniority.totalDays).toBe(2); // C.2.3.b.i: two full days
  });

  it("B.2.9.g: the entry grid reports every problem of every row in one pass, in plain words, and reads 8:30 as 08:30", async () => {
    const prisma = await db();
    const p = await createPayPeriod(hr, org, { startDate: "2025-02-01", endDate: "2025-02-15" });
    if (!p.ok) throw new Error(p.message);
    try {
      const r = await saveCallouts(hr, p.id, [
        { employeeNumber: "NOSUCH", date: "2025-03-01", school: "Nowhere School", start: "8:30", end: "" },
        row("2025-02-04", { start: "8:30" }),
      ], (i) => i + 1, "entry");
      // Row 2 is valid (8:30 read as 08:30); row 1 has four problems, all reported together.
      expect(r).toEqual({ ok: false, message: "Nothing was saved: 1 row(s) have errors.", errors: [
        { row: 1, field: "end", message: "Give both the start and end times, or neither" },
        { row: 1, field: "employeeNumber", message: "TTOC number NOSUCH is not on this district's TTOC roster" },
        { row: 1, field: "school", message: 'School "Nowhere School" is not a school of this district: pick one from the list' },
        { row: 1, field: "date", message: "Date 2025-03-01 is outside this period (2025-02-01 to 2025-02-15)" },
      ] });
      expect(await saveCallouts(hr, p.id, [row("2025-02-04", { start: "8:30" })], (i) => i + 1, "entry")).toEqual({ ok: true, count: 1 });
      expect((await prisma.ttocDay.findFirstOrThrow({ where: { employee: { employeeNumber: NUM }, date: d("2025-02-04") } })).startTime).toBe("08:30");
    } finally {
      await prisma.payPeriod.delete({ where: { id: p.id } });
    }
  });
});
