import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { test, expect, login } from "./fixtures";
import { CASES } from "../lib/calculators/vector-cases";

// One sign-in for the whole file: every test opens a page in a context carrying that session.
// Generous timeouts: these tests load several server-rendered pages each on a shared machine.
test.describe.configure({ timeout: 120_000 });
let state: Awaited<ReturnType<BrowserContext["storageState"]>>;
let context: BrowserContext;
test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000); // the first request may meet a cold server
  const page = await browser.newPage({ baseURL: test.info().project.use.baseURL });
  await login(page, "steward.cupe439@accord.test");
  state = await page.context().storageState();
  await page.context().close();
});
test.afterEach(async () => context?.close());
async function open(browser: Browser, path: string, permissions: string[] = []): Promise<Page> {
  context = await browser.newContext({ storageState: state, baseURL: test.info().project.use.baseURL, permissions });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}
async function noViolations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

for (const c of CASES)
  test(`calculator ${c.agreement}/${c.id} — ${c.name}`, async ({ browser }) => {
    const page = await open(browser, `/calculators/${c.agreement}/${c.id}?${c.query}`);
    await expect(page.getByTestId("calc-total")).toHaveText(c.expected);
    await expect(page.getByRole("heading", { name: "How it was computed" })).toBeVisible();
  });

test("the TTOC day-pay form puts its inputs in the URL and links each article (B.2.6, B.2.5)", async ({ browser }) => {
  const page = await open(browser, "/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calculators" }).click();
  await page.getByRole("link", { name: /SD73 Kamloops-Thompson teachers/ }).click();
  await page.getByRole("link", { name: "TTOC day pay" }).click();
  await page.getByLabel("Date worked").fill("2024-10-15");
  await page.getByLabel("Category").selectOption("5");
  await page.getByLabel("Step", { exact: true }).fill("5");
  await page.getByLabel(/^Callouts/).fill("1");
  await page.getByRole("button", { name: "Calculate" }).click();
  await expect(page.getByTestId("calc-total")).toHaveText("467.03");
  expect(new URL(page.url()).searchParams.get("date")).toBe("2024-10-15");
  await expect(page.getByRole("link", { name: "B.2.6", exact: true })).toHaveAttribute("href", "/agreements/sd73-teachers/articles/B.2.6");
  // The shared link reproduces the result in a fresh page.
  const again = await context.newPage();
  await again.goto(page.url());
  await expect(again.getByTestId("calc-total")).toHaveText("467.03");
});

test("switching AMB-03 for a substitute shows the alternative figure and keeps it in the URL (TTOC-14: B.2.8, B.2.5)", async ({ browser }) => {
  const page = await open(browser, `/calculators/sd73-teachers/ttoc-day-pay?date=2024-11-05&certificated=false&callouts=1`);
  await expect(page.getByTestId("calc-total")).toHaveText("167.43");
  const table = page.getByRole("table", { name: /named interpretation/ });
  await expect(table.getByRole("row", { name: /certificated-only/ })).toContainText("$156.43");
  await page.getByRole("link", { name: "Use certificated-only for AMB-03" }).click();
  await expect(page).toHaveURL(/policy\.AMB-03=certificated-only/);
  await expect(page.getByTestId("calc-total")).toHaveText("156.43");
  await expect(table.getByRole("row", { name: /certificated-only/ })).toContainText("In use");
  await expect(table.getByRole("row", { name: /applies-to-substitutes/ })).toContainText("$167.43");
});

test("copy as text gives the steps, articles and a link that reproduces the result (B.2.6)", async ({ browser }) => {
  const page = await open(browser, `/calculators/sd73-teachers/ttoc-day-pay?date=2024-10-15&certificated=true&category=5&step=5&callouts=1`, ["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy as text" }).click();
  await expect(page.getByRole("status")).toHaveText("Copied to the clipboard.");
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain("Total day pay: $467.03");
  expect(text).toContain("Daily rate = $86,189.00 ÷ 189 = $456.026455 (B.2.6).");
  expect(text).toMatch(/Reproduce: http.*\/calculators\/sd73-teachers\/ttoc-day-pay\?date=2024-10-15/);
});

const BAD: Array<[string, string, string, RegExp]> = [
  ["a date before the SD73 grids (Appendix A)", "/calculators/sd73-teachers/ttoc-day-pay?date=2019-10-15&certificated=true&category=5&step=5&callouts=1", "Date worked", /not defined before 2022-07-01/],
  ["a step not on the grid (Category 4 has no Step 9, Appendix A)", "/calculators/sd73-teachers/ttoc-day-pay?date=2024-10-15&certificated=true&category=4&step=9&callouts=1", "Step", /no rate for Category 4 Step 9/],
  ["a negative number of hours (19.02)", "/calculators/sd71-cupe439/overtime?week=2024-03-04&shiftArticle=18.02(c)&rate=22.71&mon=8&tue=-3", "Tuesday hours", /19\.02/],
];
for (const [what, path, label, message] of BAD)
  test(`bad input — ${what} — is a message next to the field, not an error page`, async ({ browser }) => {
    const page = await open(browser, path);
    const field = page.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(message);
    await expect(page.getByTestId("calc-total")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Calculate" })).toBeVisible();
  });

test("the calculator pages have no accessibility violations", async ({ browser }) => {
  const page = await open(browser, "/calculators");
  await noViolations(page);
  for (const path of [
    "/calculators/sd73-teachers",
    "/calculators/sd71-cupe439",
    "/calculators/sd73-teachers/ttoc-day-pay?date=2024-10-15&certificated=true&category=5&step=5&callouts=1",
    "/calculators/sd73-teachers/ttoc-day-pay?date=2019-10-15&certificated=true&category=5&step=5&callouts=1",
    "/calculators/sd71-cupe439/overtime?week=2024-03-04&shiftArticle=18.02(a)&rate=25.61&mon=8&tue=8&wed=8&thu=8&fri=8&preAuthorized=true",
  ]) {
    await page.goto(path);
    await noViolations(page);
  }
});
