import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, login } from "./fixtures";

async function noViolations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

/** Ticks the position of the employee with this number in the what-if's checkbox list, found through "Find positions". */
async function eliminate(page: Page, employeeNumber: string) {
  await page.getByLabel("Find positions").fill(employeeNumber);
  await page.getByRole("group", { name: "Positions to eliminate", exact: true }).getByRole("checkbox", { name: new RegExp(`\\(${employeeNumber}\\)`) }).check();
  await page.getByLabel("Find positions").fill("");
}

/** Today's date in BC, as the app computes it (lib/dal/dates.ts). */
const todayInBC = () => new Intl.DateTimeFormat("en-CA", { timeZone: "America/Vancouver", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

async function runSd71(page: Page, name: string, basis: "classification" | "pay-grade") {
  await page.goto("/layoffs/new?agreement=sd71-cupe439");
  await page.getByLabel("Scenario name").fill(name);
  await page.getByLabel("Layoff effective date").fill("2026-06-30");
  await page.getByLabel("Notice date (optional)").fill("2026-05-01");
  await eliminate(page, "710256");
  await page.getByLabel("Qualified for (17.04(a))").selectOption(basis);
  await page.getByRole("button", { name: "Run what-if and save draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible({ timeout: 30_000 });
  return page.url();
}

test("an SD71 HR clerk runs a layoff what-if, sees the bumping chain, and compares two scenarios", async ({ page }) => {
  test.slow();
  await login(page, "hr.sd71@accord.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Layoffs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Layoffs" })).toBeVisible();

  // bad input: nothing chosen → the error is next to the field and nothing is saved
  await page.goto("/layoffs/new?agreement=sd71-cupe439");
  await noViolations(page);
  await page.getByLabel("Scenario name").fill("E2E nothing chosen");
  await page.getByLabel("Layoff effective date").fill("2026-06-30");
  await page.getByRole("button", { name: "Run what-if and save draft" }).click();
  await expect(page.getByRole("group", { name: "Positions to eliminate", exact: true })).toHaveAccessibleDescription(/Choose at least one position to eliminate/);

  const stamp = Date.now().toString(36);
  const a = await runSd71(page, `E2E custodian ${stamp}`, "classification");
  const chain = page.getByTestId("bump-chain").first();
  await expect(chain).toContainText(/\(710256\) displaces .+ from position Custodian .+ is laid off/);
  await expect(page.getByRole("table", { name: /Laid off under/ })).toBeVisible();
  await expect(page.getByText("Latest written notice")).toBeVisible();
  await expect(page.getByRole("link", { name: "17.03" }).first()).toBeVisible();
  await noViolations(page);

  await runSd71(page, `E2E pay grade ${stamp}`, "pay-grade");
  await page.goto("/layoffs");
  await page.getByLabel("First scenario").selectOption({ label: `E2E custodian ${stamp} (SD71, draft)` });
  await page.getByLabel("Second scenario").selectOption({ label: `E2E pay grade ${stamp} (SD71, draft)` });
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("table", { name: `Scenario A: E2E custodian ${stamp}` })).toBeVisible();
  await expect(page.getByRole("table", { name: `Scenario B: E2E pay grade ${stamp}` })).toBeVisible();
  await expect(page.getByRole("list", { name: /Bumping chains, Scenario B/ })).toContainText("710256");
  // the differences come first: here the same people go, but the qualification basis of 17.04(a) differs
  await expect(page.getByRole("heading", { level: 2, name: "Differences" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Steps only in Scenario A" })).toContainText("own classification and classifications listed in their qualifications.");
  await expect(page.getByRole("list", { name: "Steps only in Scenario B" })).toContainText("same or a lower pay grade");
  await noViolations(page);
  // at phone width the laid-off lists are cards and nothing overflows sideways
  await page.setViewportSize({ width: 390, height: 900 });
  await expect(page.getByRole("list", { name: `Scenario A: E2E custodian ${stamp}`, exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: `Scenario A: E2E custodian ${stamp}` })).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await noViolations(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.goto(`${a}/confirm`);
  await expect(page.getByRole("heading", { name: /Confirm layoffs/ })).toBeVisible();
  // before confirming, the position changes it will write (17.04), by name, number and title, never by id
  const changes = page.getByRole("list", { name: "Position changes to be written" });
  await expect(changes.getByTestId("position-change").first()).toContainText(/held by 710256 is eliminated: it ends when the layoff takes effect on 2026-06-30/);
  await expect(changes).toContainText(/\(710256\) takes Custodian .+ from .+ \(71\d{4}\)/);
  await expect(changes).not.toContainText(/\bc[a-z0-9]{20,}\b/);
  await noViolations(page);
  await page.getByRole("button", { name: "Confirm and record the layoffs" }).click();
  await expect(page.getByText("Tick the box to confirm")).toBeVisible(); // the explicit step: nothing recorded without it
});

test("an SD73 what-if refuses to cut more FTE than the continuing teachers hold", async ({ page }) => {
  await login(page, "hr.sd73@accord.test");
  await page.goto("/layoffs/new?agreement=sd73-teachers");
  await page.getByLabel("Scenario name").fill("E2E too much");
  await page.getByLabel("Cut by").selectOption("fte");
  await page.getByLabel("FTE to cut").fill("9999");
  await page.getByRole("button", { name: "Run what-if and save draft" }).click();
  await expect(page.getByLabel("FTE to cut")).toHaveAccessibleDescription(/you cannot cut 9999 FTE/);
  await noViolations(page);
});

test("a CUPE 439 steward sees a draft only once HR shares it, and the recall list, but cannot confirm", async ({ page, browser }) => {
  test.slow();
  const hr = await browser.newPage();
  await login(hr, "hr.sd71@accord.test");
  const name = `E2E shared ${Date.now().toString(36)}`;
  const href = new URL(await runSd71(hr, name, "classification")).pathname;

  await login(page, "steward.cupe439@accord.test");
  expect((await page.goto(href))?.status()).toBe(404); // a draft is private to the district's HR
  await hr.getByRole("button", { name: "Share with the union" }).click();
  await expect(hr.getByText(/Shared with the union/).first()).toBeVisible();
  await hr.close();

  await page.goto("/layoffs");
  await expect(page.getByRole("link", { name: /New SD71 what-if/ })).toHaveCount(0);
  await page.getByRole("table").getByRole("link", { name }).click();
  await page.waitForURL((u) => u.pathname === href);
  await expect(page.getByRole("button", { name: "Share with the union" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("link", { name: /Confirm these layoffs/ })).toHaveCount(0);
  await page.goto(`${href}/confirm`);
  await expect(page.getByRole("heading", { name: "Not permitted" })).toBeVisible();
  await page.goto("/layoffs/new?agreement=sd71-cupe439");
  await expect(page.getByRole("heading", { name: "Not permitted" })).toBeVisible();

  await page.goto("/recall");
  await expect(page.getByRole("heading", { name: /Rights that expire within 60 days/ })).toBeVisible();
  await noViolations(page);
  const entry = page.getByRole("table", { name: "SD71 recall list" }).getByRole("link").first();
  const entryHref = (await entry.getAttribute("href"))!;
  await entry.click();
  await page.waitForURL((u) => u.pathname === entryHref);
  await expect(page.getByRole("table", { name: "Offers" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Record offer" })).toHaveCount(0);
  await noViolations(page);
});

test("the what-if form defaults to a future effective date, warns about a past one, and finds SD71 positions by number or title", async ({ page }) => {
  const today = todayInBC();
  await login(page, "hr.sd73@accord.test");
  await page.goto("/layoffs/new?agreement=sd73-teachers");
  const date = page.getByLabel("Layoff effective date");
  const sd73Default = await date.inputValue();
  expect(sd73Default > today).toBe(true);
  expect(sd73Default).toMatch(/-(06-30|12-31)$/); // the next end of term (C.12.1.b.ii)
  await expect(page.getByText(/This date has passed/)).toHaveCount(0);
  await date.fill("2020-06-30");
  await expect(page.getByText(/This date has passed/)).toBeVisible();
  await expect(date).toHaveAccessibleDescription(/This date has passed/);
  await noViolations(page);
  await date.fill(sd73Default);
  await expect(page.getByText(/This date has passed/)).toHaveCount(0);

  await login(page, "hr.sd71@accord.test");
  await page.goto("/layoffs/new?agreement=sd71-cupe439");
  expect((await page.getByLabel("Layoff effective date").inputValue()) > today).toBe(true);
  const positions = page.getByRole("group", { name: "Positions to eliminate", exact: true });
  const all = await positions.getByRole("checkbox").count();
  await page.getByLabel("Find positions").fill("710256");
  await expect(positions.getByRole("checkbox")).toHaveCount(1);
  await expect(positions.getByRole("checkbox", { name: /\(710256\)/ })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /positions match/ })).toHaveText(new RegExp(`^1 of ${all} positions match`));
  await positions.getByRole("checkbox", { name: /\(710256\)/ }).check();
  await page.getByLabel("Find positions").fill("custodian");
  const custodians = await positions.getByRole("checkbox").count();
  expect(custodians).toBeGreaterThan(1);
  expect(custodians).toBeLessThan(all);
  await page.getByLabel("Find positions").fill("");
  await expect(positions.getByRole("checkbox")).toHaveCount(all);
  await expect(positions.getByRole("checkbox", { name: /\(710256\)/ })).toBeChecked(); // filtering keeps what was ticked
  await noViolations(page);
});

test("an SD73 FTE cut that lays off a whole teacher says why more than the cut goes", async ({ page }) => {
  await login(page, "hr.sd73@accord.test");
  await page.goto("/layoffs/new?agreement=sd73-teachers");
  const name = `E2E whole teacher ${Date.now().toString(36)}`;
  await page.getByLabel("Scenario name").fill(name);
  await page.getByLabel("Cut by").selectOption("fte");
  await page.getByLabel("FTE to cut").fill("0.1"); // every continuing teacher holds more than 0.1 FTE
  await page.getByRole("button", { name: "Run what-if and save draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Why more than the cut:")).toBeVisible();
  await expect(page.getByTestId("scenario-over-cut")).toContainText(/laid off whole, least senior first \(C\.12\.1\.b\.i\)\. The cut asks for 0\.1 FTE/);
  // seniority reads as on the seniority list: days to 2 decimals with years, months and days
  await expect(page.getByRole("table", { name: `Laid off under “${name}”` })).toContainText(/\d+\.\d{2} days \(\d+ y \d+ m \d+\.\d d\)/);
  await expect(page.getByRole("table", { name: `Laid off under “${name}”` })).not.toContainText(/\d+\.\d{3,} days/);
  await noViolations(page);
});
