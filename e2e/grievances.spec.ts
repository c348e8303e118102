import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect as baseExpect, login } from "./fixtures";
import { sd73TimeLimit } from "../lib/rules/sd73-teachers/time-limits";
import { addDays, formatIsoDate, parseIsoDate } from "../lib/rules/core";

const todayInBc = () => new Intl.DateTimeFormat("en-CA", { timeZone: "America/Vancouver", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const shift = (iso: string, n: number) => formatIsoDate(addDays(parseIsoDate(iso, "d", "e2e"), n));

// Each step is a server round trip that recomputes deadlines; allow for a loaded machine.
const expect = baseExpect.configure({ timeout: 15_000 });
// Several server round trips per test on a shared two-core machine: allow more than the 30 s default.
test.describe.configure({ timeout: 120_000 });

async function noViolations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

async function fileGrievance(page: Page, violation: string) {
  await page.goto("/grievances/new");
  await page.getByLabel("Group or policy grievance").check();
  await page.getByLabel("Articles alleged violated").fill("C.2.1");
  await page.getByLabel("Date of violation").fill(violation);
  // The form fills in today as the date became aware; these time limits count from the violation itself.
  await page.getByLabel("Date became aware").fill(violation);
  await page.getByLabel("Summary").fill("E2E seniority list posted without the C.2.1 credit for the last school year.");
  await page.getByLabel("Remedy sought").fill("Correct the list.");
  await page.getByRole("button", { name: "File grievance" }).click();
  await expect(page.getByRole("heading", { name: /^Grievance KTTA-\d{4}-\d{3}$/ })).toBeVisible();
}

test("a KTTA steward files a grievance, records the Step One meeting request and an extension, and sees each new due date with its article", async ({ page }) => {
  const today = todayInBc();
  const violation = shift(today, -5);
  await login(page, "steward.ktta@accord.test");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Grievances" })).toHaveAttribute("href", "/grievances");
  await fileGrievance(page, violation);
  const next = page.getByTestId("next-deadline");
  // A.6.2.b: raised within 30 working days of the violation.
  await expect(next).toContainText(sd73TimeLimit({ rule: "grievance-step1", from: violation }).date);
  await expect(next).toContainText("A.6.2.b");
  await expect(next).toContainText("WD-A");

  await page.getByLabel("Event", { exact: true }).selectOption({ label: "Step One meeting requested (grievance raised)" });
  await page.getByLabel("Date", { exact: true }).fill(today);
  await page.getByRole("button", { name: "Record event" }).click();
  const stepTwo = sd73TimeLimit({ rule: "grievance-step2-referral", from: today }).date;
  await expect(next).toContainText(stepTwo);
  await expect(next).toContainText("A.6.3.a");

  const extended = shift(stepTwo, 14);
  await page.getByLabel("Event", { exact: true }).selectOption({ label: "Time limit extended by mutual written consent" });
  await page.getByLabel("Date", { exact: true }).fill(today);
  await page.getByLabel("New due date").fill(extended);
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(next).toContainText(extended);
  await expect(next).toContainText("A.6.3.a");
  await expect(next).toContainText(`extended in writing (was ${stepTwo})`);
  await expect(page.getByRole("table").getByText("Time limit extended by mutual written consent")).toBeVisible();
});

test("bad input gets a message next to the field, an error summary that takes focus and links to each field, and files nothing", async ({ page }) => {
  const today = todayInBc();
  await login(page, "steward.ktta@accord.test");
  await page.goto("/grievances/new");
  await page.getByLabel("Group or policy grievance").check();
  await page.getByLabel("Articles alleged violated").fill("C.2.1");
  await page.getByLabel("Date of violation").fill(shift(today, 3));
  await page.getByLabel("Summary").fill("E2E a grievance that must not be saved.");
  await page.getByLabel("Remedy sought").fill("None.");
  await page.getByRole("button", { name: "File grievance" }).click();
  const summary = page.getByRole("region", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  const future = summary.getByRole("link", { name: /The date of violation cannot be in the future/ });
  await expect(future).toHaveAttribute("href", "#f-violationDate");
  await expect(page.locator("#f-violationDate-error")).toContainText("The date of violation cannot be in the future");
  await expect(page.getByLabel("Date of violation")).toHaveAttribute("aria-invalid", "true");
  // The typed article survived the refused submit as a chip.
  await expect(page.getByRole("list", { name: "Chosen articles" })).toContainText("C.2.1");
  await future.click();
  await expect(page.getByLabel("Date of violation")).toBeFocused();

  await page.getByLabel("Date of violation").fill(shift(today, -10));
  await page.getByLabel("Date became aware").fill(shift(today, -12));
  await page.getByRole("button", { name: "File grievance" }).click();
  await expect(summary.getByRole("link", { name: /The date became aware cannot be before the date of violation/ })).toHaveAttribute("href", "#f-awarenessDate");
  await expect(summary).toBeFocused();
  await expect(page.locator("#f-awarenessDate-error")).toContainText("The date became aware cannot be before the date of violation");
  await expect(page).toHaveURL(/\/grievances\/new$/);

  await page.goto("/grievances?status=all&q=must%20not%20be%20saved");
  await expect(page.getByText("No grievances match these filters.")).toBeVisible();
});

test("an extension without its new date is refused next to the field", async ({ page }) => {
  await login(page, "steward.ktta@accord.test");
  await fileGrievance(page, shift(todayInBc(), -3));
  await page.getByLabel("Event", { exact: true }).selectOption({ label: "Time limit extended by mutual written consent" });
  await page.getByRole("button", { name: "Record event" }).click();
  await expect(page.getByText("An extension needs the new date agreed in writing")).toBeVisible();
  await expect(page.getByText("No event recorded yet.")).toBeVisible();
});

test("a CUPE 439 steward is refused a KTTA grievance by URL, and does not see it listed", async ({ page, browser }) => {
  const ktta = await browser.newPage();
  await login(ktta, "steward.ktta@accord.test");
  await ktta.goto("/grievances?status=all");
  const link = ktta.getByRole("table").locator("tbody").getByRole("link").first();
  const href = (await link.getAttribute("href"))!;
  const number = (await link.textContent())!;
  await ktta.close();

  await login(page, "steward.cupe439@accord.test");
  const res = await page.goto(href);
  expect(res?.status()).toBe(404);
  await expect(page.getByText(number)).toHaveCount(0);
  await page.goto("/grievances?status=all");
  await expect(page.getByText(number)).toHaveCount(0);
});

test("an SD73 HR clerk sees grievances against the district but cannot file one", async ({ page }) => {
  await login(page, "hr.sd73@accord.test");
  await page.goto("/grievances?status=all");
  await expect(page.getByRole("table").getByRole("link", { name: /^KTTA-/ }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "File a grievance" })).toHaveCount(0);
  await page.goto("/grievances/new");
  await expect(page.getByRole("heading", { name: "Not permitted" })).toBeVisible();
});

test("the grievance list has no accessibility violations", async ({ page }) => {
  await login(page, "steward.cupe439@accord.test");
  await page.goto("/grievances");
  await expect(page.getByRole("heading", { name: "Grievances" })).toBeVisible();
  await noViolations(page);
});

test("the grievance page has no accessibility violations", async ({ page }) => {
  await login(page, "steward.cupe439@accord.test");
  await page.goto("/grievances");
  await page.goto((await page.getByRole("table").locator("tbody").getByRole("link").first().getAttribute("href"))!);
  await expect(page.getByTestId("next-deadline")).toBeVisible();
  await noViolations(page);
});

test("the new grievance form has no accessibility violations", async ({ page }) => {
  await login(page, "steward.cupe439@accord.test");
  await page.goto("/grievances/new");
  await expect(page.getByRole("button", { name: "File grievance" })).toBeVisible();
  await noViolations(page);
});

test("the filing form shows the date became aware as today, and only the chosen agreement's hints (SD71 12.02(b) for CUPE 439, not for KTTA)", async ({ page }) => {
  const step2 = "Policy grievances start at Step 2 (12.02(b))";
  await login(page, "steward.ktta@accord.test");
  await page.goto("/grievances/new");
  await expect(page.getByLabel("Date became aware")).toHaveValue(todayInBc());
  await expect(page.getByText(step2)).toHaveCount(0);
  await expect(page.getByLabel("Working-day calendar").locator("option")).toContainText(["WD-A: Monday–Friday minus BC statutory holidays, Easter Monday and Boxing Day (default)"]);

  await login(page, "steward.cupe439@accord.test");
  await page.goto("/grievances/new");
  await expect(page.getByText(step2)).toBeVisible();
  await expect(page.getByLabel("Working-day calendar").locator("option")).toHaveCount(1);
  await expect(page.getByLabel("Type of grievance").locator("option", { hasText: "A.6" })).toHaveCount(0);
});
