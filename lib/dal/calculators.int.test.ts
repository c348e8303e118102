import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findCalculator } from "@/lib/calculators/registry";
import { loadActor, type Actor } from "./actor";
import { runCalculatorFor } from "./calculators";
import { saveParameterValue } from "./parameters";

const CITE = "Calculator MOA";
let admin: Actor, steward: Actor, cupe: Actor, agreementId: string;

async function cleanup() {
  await (await db()).parameterValue.deleteMany({ where: { citation: CITE } });
}
const actor = async (email: string) => loadActor((await (await db()).user.findUniqueOrThrow({ where: { email } })).id);

beforeAll(async () => {
  await cleanup();
  [admin, steward, cupe] = await Promise.all([actor("admin@accord.test"), actor("steward.ktta@accord.test"), actor("steward.cupe439@accord.test")]);
  agreementId = (await (await db()).agreement.findUniqueOrThrow({ where: { rulesId: "sd73-teachers" } })).id;
});
afterAll(cleanup);

const calc = findCalculator("sd73-teachers", "ttoc-day-pay")!;
const query = { date: "2025-10-06", certificated: "true", category: "5", step: "5", callouts: "1" };

describe("Calculators compute with the district's entered values (B.2.5, B.2.6, Appendix A, A.1.2)", () => {
  it("B.2.6 / Appendix A: a TTOC day of 2025-10-06 after a 3% Kamloops grid from 2025-07-01 pays $480.71 and names the value", async () => {
    // Before any entered value: KAM-2024 under A.1.2 continuation, Category 5 Step 5 = $86,189;
    // 86,189 / 189 = 456.02645… + $11.00 in lieu (B.2.5) = $467.03 (rounded to the cent).
    const before = (await runCalculatorFor(steward, calc, query, "2026-12-06")).run;
    expect(before.result?.headline.value).toBe("467.03");

    const saved = await saveParameterValue(admin, { agreementId, seriesId: "sd73.appendix-a.kamloops", effectiveDate: "2025-07-01", method: "gwi", percent: "3", citation: CITE, citationDate: "2026-11-20" });
    if (!saved.ok) throw new Error(JSON.stringify(saved));

    // After: 86,189 × 1.03 = 88,774.67 → $88,775 (whole dollars, as previewed); 88,775 / 189 = 469.70899… + $11.00 = $480.71.
    const { run } = await runCalculatorFor(steward, calc, query, "2026-12-06");
    expect(run.errors).toEqual({});
    expect(run.result?.headline.value).toBe("480.71");
    expect(run.result?.figures).toContainEqual({ label: "Grid", value: "KAM-2025" });
    expect(run.result?.explanation.steps.join(" ")).toMatch(/KAM-2025 \(Calculator MOA 2026-11-20, entered \d{4}-\d{2}-\d{2} by Alex Admin\)/);

    // A day before the effective date keeps the built-in grid; a user outside the district gets the built-in data.
    expect((await runCalculatorFor(steward, calc, { ...query, date: "2025-06-27" }, "2026-12-06")).run.result?.headline.value).toBe("467.03");
    expect((await runCalculatorFor(cupe, calc, query, "2026-12-06")).run.result?.headline.value).toBe("467.03");
    expect((await runCalculatorFor(admin, calc, query, "2026-12-06")).run.result?.headline.value).toBe("480.71");
  });

  it("Appendix A, C.13.5, B.26.1.a: the salary, part-time salary and unpaid-day calculators read the entered 3% Kamloops grid from 2025-07-01", async () => {
    await cleanup();
    const cell = { date: "2025-10-06", category: "5", step: "5" };
    const run = async (id: string, q: Record<string, string>) => (await runCalculatorFor(steward, findCalculator("sd73-teachers", id)!, q, "2026-12-06")).run.result?.headline.value;
    // Built-in: KAM-2024 continued (A.1.2), Category 5 Step 5 = $86,189.
    expect(await run("salary-placement", { ...cell, track: "contract" })).toBe("86189.00");
    expect(await run("part-time-salary", { ...cell, fte: "0.6" })).toBe("51713.40"); // 86,189 × 0.6
    expect(await run("unpaid-day-deduction", { ...cell, fte: "1", days: "1" })).toBe("441.99"); // 86,189 ÷ 195 = 441.994…
    const saved = await saveParameterValue(admin, { agreementId, seriesId: "sd73.appendix-a.kamloops", effectiveDate: "2025-07-01", method: "gwi", percent: "3", citation: CITE, citationDate: "2026-11-20" });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    // Entered: 86,189 × 1.03 = 88,774.67 → $88,775 (whole dollars).
    expect(await run("salary-placement", { ...cell, track: "contract" })).toBe("88775.00");
    expect(await run("part-time-salary", { ...cell, fte: "0.6" })).toBe("53265.00"); // 88,775 × 0.6
    expect(await run("unpaid-day-deduction", { ...cell, fte: "1", days: "1" })).toBe("455.26"); // 88,775 ÷ 195 = 455.256…
  });
});
