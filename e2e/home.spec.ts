import type { Page } from "@playwright/test";
import { test, expect as baseExpect, login } from "./fixtures";
import { sd73TimeLimit } from "../lib/rules/sd73-teachers/time-limits";
import { addDays, formatIsoDate, parseIsoDate } from "../lib/rules/core";

const todayInBc = () => new Intl.DateTimeFormat("en-CA", { timeZone: "America/Vancouver", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const shift = (iso: string, n: number) => formatIsoDate(addDays(parseIsoDate(iso, "d", "e2e"), n));

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

/** A KTTA group grievance whose A.6.2.b raise limit (30 working days) is already past. */
async function fileOverdueGrievance(page: Page) {
  await page.goto("/grievances/new");
  await page.getByLabel("Group or policy grievance").check();
  await page.getByLabel("Articles alleged violated").fill("C.2.1");
  await page.getByLabel("Date of violation").fill(shift(todayInBc(), -70));
  await page.getByLabel("Date became aware").fill(shift(todayInBc(), -70)); // the form fills in today otherwise
  await page.getByLabel("Summary").fill("E2E home: seniority list posted without the C.2.1 credit.");
  await page.getByLabel("Remedy sought").fill("Correct the list.");
  await page.getByRole("button", { name: "File grievance" }).click();
  const heading = page.getByRole("heading", { name: /^Grievance KTTA-\d{4}-\d{3}$/ });
  await expect(heading).toBeVisible();
  return (await heading.textContent())!.replace("Grievance ", "");
}

test("a steward goes from home to an overdue deadline (A.6.2.b), records the Step One request, and home shows it moved out of Overdue with no outer limit (A.6.3.a)", async ({ page }) => {
  await login(page, "steward.ktta@accord.test");
  const label = await fileOverdueGrievance(page);
  await page.goto("/");
  const panel = page.getByTestId("my-deadlines");
  const overdue = panel.getByRole("region", { name: /^Overdue/ });
  const item = overdue.getByRole("link", { name: new RegExp(label) });
  await expect(item).toContainText("Overdue since");
  await expect(item).not.toContainText("Overdue (0)");
  await expect(page.getByTestId("action-first")).toContainText("overdue");
  await item.click();
  await expect(page.getByRole("heading", { name: `Grievance ${label}` })).toBeVisible();
  // The request is offered first among the next steps.
  const events = page.getByLabel("Event", { exact: true });
  await expect(events.locator("optgroup[label='Next steps'] option").first()).toHaveText("Step One meeting requested (grievance raised)");
  await events.selectOption({ label: "Step One meeting requested (grievance raised)" });
  // A request date whose Step Two date falls by the end of next week, so the item stays on the home page.
  const today = todayInBc();
  const dow = new Date(today + "T00:00:00Z").getUTCDay();
  const nextSunday = shift(today, (dow === 0 ? 0 : 7 - dow) + 7);
  const requested = Array.from({ length: 20 }, (_, k) => shift(today, -k)).find((d) => {
    const due = sd73TimeLimit({ rule: "grievance-step2-referral", from: d }).date;
    return due >= today && due <= nextSunday;
  })!;
  await page.getByLabel("Date", { exact: true }).fill(requested);
  await page.getByRole("button", { name: "Record event" }).click();
  const stepTwo = sd73TimeLimit({ rule: "grievance-step2-referral", from: requested }).date;
  await expect(page.getByTestId("next-deadline")).toContainText(stepTwo);
  await expect(page.getByTestId("next-deadline")).toContainText("no outer limit");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(panel).toBeVisible();
  await expect(overdue.getByRole("link", { name: new RegExp(label) })).toHaveCount(0);
  const moved = panel.getByRole("link", { name: new RegExp(label) });
  await expect(moved).toContainText("Earliest date:");
  await expect(moved).toContainText("no outer limit");
});

test("a local officer goes from home to the LIF consultation's status and opens the consultation", async ({ page }) => {
  await login(page, "officer.cupe439@accord.test");
  await expect(page.getByTestId("my-deadlines")).toBeVisible();
  const lif = page.getByTestId("lif-status");
  await expect(lif).toContainText("Next step:");
  await expect(lif).not.toContainText(/signed-by|not-started|ready-to-sign/);
  const link = lif.getByRole("link", { name: /\d{4}-\d{2}/ }).first();
  const year = /\d{4}-\d{2}/.exec((await link.textContent())!)![0]; // the seeded 2024-25, or one another spec opened
  await link.click();
  await expect(page.getByRole("heading", { name: new RegExp(`^LIF consultation ${year}`) })).toBeVisible();
});

test("an HR clerk goes from home to the open TTOC pay period (B.2) and sees its lines", async ({ page }) => {
  await login(page, "hr.sd73@accord.test");
  const work = page.getByTestId("district-work");
  const period = work.getByTestId("open-period").first();
  await expect(period).toContainText(/\d+ lines? · Open · Next step:/);
  await expect(work).toContainText("Recall offers awaiting an answer");
  await expect(work).toContainText("Layoffs awaiting confirmation");
  await expect(page.getByTestId("lif-status")).toBeVisible();
  await period.getByRole("link").click();
  await expect(page.getByRole("heading", { name: /^TTOC pay .* — SD73$/ })).toBeVisible();
});

test("an administrator's home sums up both sides: district work and the grievance deadlines of their districts", async ({ page }) => {
  await login(page, "admin@accord.test");
  await expect(page.getByTestId("district-work")).toBeVisible();
  await expect(page.getByTestId("my-deadlines")).toBeVisible();
  await expect(page.getByTestId("headcount-SD73")).toBeVisible();
  await page.getByTestId("my-deadlines").getByTestId("deadline-item").first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: /^Grievance / })).toBeVisible();
  await expect(page.getByTestId("next-deadline")).toBeVisible();
});

test("at phone width the main navigation is a menu button: it opens, Escape closes it and focus returns to it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, "steward.ktta@accord.test");
  const menu = page.locator("summary", { hasText: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Grievances" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
