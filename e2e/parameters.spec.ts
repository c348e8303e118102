import pg from "pg";
import { test, expect, login } from "./fixtures";
import { kam2024 } from "../lib/rules/sd73-teachers/parameters/salary-grid-cells";

// Its own data, removed before and after: the SD73 periods 2025-10-01 to 2025-10-15 and 2025-10-16 to 2025-10-31,
// TTOC 730021's October 2025 callouts, and the Appendix A value cited "E2E Retro MOA" (a value a retro used cannot be
// withdrawn through the app, so it is removed here, with its adjustment line).
const TTOC = "730021";
const CITE = "E2E Retro MOA";
const CATS = ["4", "5", "5+", "6"];
/** n / d rounded half up, on integers (money stays exact). */
const roundDiv = (n: number, d: number) => Math.floor((2 * n + d) / (2 * d));
/** B.2.6 (1/189 of the Appendix A salary) + B.2.5 ($11.00 in lieu), in cents, rounded once (AMB-02 default). */
const fullDayCents = (annualDollars: number) => roundDiv(annualDollars * 100 + 1100 * 189, 189);

async function cleanup() {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith("postgres")) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const sd73 = `(SELECT id FROM organization WHERE code = 'SD73')`;
    await client.query(`DELETE FROM pay_period WHERE "organizationId" = ${sd73} AND "startDate" = '2025-10-16'`);
    await client.query(`DELETE FROM pay_line WHERE "parameterValueId" IN (SELECT id FROM parameter_value WHERE citation = $1)`, [CITE]);
    await client.query(`DELETE FROM pay_period WHERE "organizationId" = ${sd73} AND "startDate" = '2025-10-01'`);
    await client.query(`DELETE FROM parameter_value WHERE citation = $1`, [CITE]);
    await client.query(`DELETE FROM ttoc_day WHERE date BETWEEN '2025-10-01' AND '2025-10-31' AND "employeeId" IN (SELECT id FROM employee WHERE "employeeNumber" = $1)`, [TTOC]);
  } finally {
    await client.end();
  }
}
test.beforeAll(cleanup);
test.afterAll(cleanup);

test("Appendix A, B.2.6, B.2.7: a 3% Kamloops grid entered from 2025-07-01 tops up an approved October 2025 TTOC day by a retro run", async ({ browser }) => {
  test.setTimeout(240_000);
  const hr = await (await browser.newContext()).newPage();
  await login(hr, "hr.sd73@accord.test");

  // 1. HR pays one full day of 2025-10-06 at the built-in grid (KAM-2024 under A.1.2 continuation) and approves it.
  await hr.goto("/ttoc");
  const form = hr.getByRole("form", { name: "New pay period SD73" });
  await form.getByLabel("Start").fill("2025-10-01");
  await form.getByLabel("End").fill("2025-10-15");
  await form.getByRole("button", { name: "Create period" }).click();
  await expect(hr.getByRole("heading", { name: /TTOC pay 2025-10-01 to 2025-10-15/ })).toBeVisible();
  const periodUrl = hr.url();
  await hr.getByRole("link", { name: "Enter callouts" }).click();
  await hr.getByLabel("Row 1 TTOC number").fill(TTOC);
  await expect(hr.getByTestId("row-1-name")).not.toHaveText("not on the TTOC roster");
  await hr.getByLabel("Row 1 Date").fill("2025-10-06");
  await hr.getByLabel("Row 1 School").fill("Arthur Stevenson Elementary");
  await hr.getByLabel("Row 1 Start").fill("08:30");
  await hr.getByLabel("Row 1 End").fill("15:00");
  await hr.getByRole("button", { name: "Save all callouts" }).click();
  await expect(hr.getByRole("status").filter({ hasText: "Saved 1 callout." })).toBeVisible();
  await hr.goto(periodUrl);
  await hr.getByRole("button", { name: "Run the period" }).click();
  await expect(hr.getByRole("status").filter({ hasText: "Computed 1 pay line." })).toBeVisible();

  // The placement of the day and its grid cell, from the line's own arithmetic, checked against Appendix A.
  const name = (await hr.getByTestId(`ttoc-total-${TTOC}`).locator("xpath=..").getByRole("link").first().textContent())!;
  await hr.getByRole("link", { name }).first().click();
  const arithmetic = (await hr.getByTestId("ttoc-lines").textContent()) ?? "";
  const m = arithmetic.match(/KAM-2024 \(Appendix A \(Kamloops[^)]*\)\): Category (4|5\+?|6) Step (\d+) = \$([\d,]+)\.00 a year/);
  expect(m, "the day's arithmetic names its KAM-2024 cell").not.toBeNull();
  const cell = kam2024[Number(m![2])][CATS.indexOf(m![1])] as number;
  expect(Number(m![3].replace(/,/g, ""))).toBe(cell);
  expect(arithmetic).toContain("Below the B.2.6 cap"); // the cap (Category 5 Step 8) does not apply to this TTOC
  const paid = fullDayCents(cell);
  await hr.goto(periodUrl);
  await expect(hr.getByTestId(`ttoc-total-${TTOC}`)).toHaveText((paid / 100).toFixed(2));
  await hr.getByRole("link", { name: "Approve the period…" }).click();
  await hr.getByRole("button", { name: "Approve and freeze the period" }).click();
  await expect(hr.getByRole("heading", { name: "Approved. Next steps" })).toBeVisible();

  // 2. The administrator enters a 3% general wage increase on the Kamloops grid from 2025-07-01, previewed, then saved.
  const admin = await (await browser.newContext()).newPage();
  await login(admin, "admin@accord.test");
  await admin.goto("/admin/parameters");
  await expect(admin.locator("caption").filter({ hasText: "Appendix A" }).first()).toBeVisible(); // the page lists Appendix A
  const add = admin.getByRole("form", { name: "Add a parameter value" });
  await add.getByLabel("Agreement").selectOption({ label: "BCPSEA–BCTF Provincial Collective Agreement 2022–2025 with SD73/KTTA local provisions" });
  await add.getByLabel("Series").selectOption({ label: "Kamloops Teachers Salary Grid (Appendix A)" });
  await add.getByLabel("Effective date").fill("2025-07-01");
  await add.getByLabel("Entered as").selectOption("gwi");
  await add.getByLabel("Increase (%)").fill("3");
  await add.getByLabel("Citation", { exact: true }).fill(CITE);
  await add.getByLabel("Citation date").fill("2026-11-20");
  await add.getByRole("button", { name: "Preview" }).click();
  // Appendix A prints whole dollars: each cell × 1.03, rounded half up to the dollar.
  const newCell = roundDiv(cell * 103, 100);
  const row = add.getByRole("table", { name: "Preview: before and after" }).getByRole("row", { name: new RegExp(`^Step ${m![2]}, Category ${m![1].replace("+", "\\+")} `) });
  await expect(row).toContainText(`$${cell}`);
  await expect(row).toContainText(`$${newCell}`);
  await add.getByLabel("I have checked this value against the cited document").check();
  await add.getByRole("button", { name: "Confirm and save" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Saved sd73.appendix-a.kamloops effective 2025-07-01" })).toBeVisible();

  // 3. HR opens the next period: the pay page offers the retro; running it writes the top-up as an adjustment line.
  await hr.goto("/ttoc");
  await form.getByLabel("Start").fill("2025-10-16");
  await form.getByLabel("End").fill("2025-10-31");
  await form.getByRole("button", { name: "Create period" }).click();
  await expect(hr.getByRole("heading", { name: /TTOC pay 2025-10-16 to 2025-10-31/ })).toBeVisible();
  const retro = hr.getByRole("region", { name: "Retroactive pay" });
  await expect(retro).toContainText(new RegExp(`sd73.appendix-a.kamloops from 2025-07-01: ${CITE} 2026-11-20, entered \\d{4}-\\d{2}-\\d{2} by Alex Admin: 1 approved day\\(s\\) not yet covered`));
  await retro.getByRole("button", { name: "Run retro" }).click();
  // The day recomputed at KAM-2025 less what was paid: fullDay(cell × 1.03 to the dollar) − fullDay(cell). E.g. at
  // Category 5 Step 2: $76,612 × 1.03 = $78,910.36 → $78,910; 78,910 / 189 + 11.00 = $428.51 (B.2.6, B.2.5) less
  // 76,612 / 189 + 11.00 = $416.35 → $12.16, which is 3% of the grid-based daily rate (76,612 × 3% / 189 = $12.16; the
  // $11.00 in lieu of B.2.5 does not rise), up to the whole-dollar rounding of the new grid.
  const expected = fullDayCents(newCell) - paid;
  expect(Math.abs(expected - roundDiv(cell * 3, 189))).toBeLessThanOrEqual(1);
  const adj = hr.getByRole("region", { name: "Adjustments to approved periods" }).getByRole("row").filter({ hasText: TTOC });
  await expect(adj).toHaveCount(1);
  await expect(adj).toContainText("the line of 2025-10-06");
  await expect(adj).toContainText((expected / 100).toFixed(2));
  await expect(adj).toContainText(new RegExp(`KAM-2025 \\(${CITE} 2026-11-20, entered \\d{4}-\\d{2}-\\d{2} by Alex Admin\\)`));
  // Nothing left to cover: the offer is gone.
  await hr.reload();
  await expect(hr.getByRole("region", { name: "Retroactive pay" })).toHaveCount(0);
});
