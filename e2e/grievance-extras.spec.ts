import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect as baseExpect, login } from "./fixtures";
import { sd73TimeLimit } from "../lib/rules/sd73-teachers/time-limits";
import { addDays, formatIsoDate, parseIsoDate } from "../lib/rules/core";
import { sd73Employees } from "../lib/demo/factories";
import { workingDaysUntil } from "../lib/rules/grievances";
import { deadlineText } from "../lib/format/dates";

const todayInBc = () => new Intl.DateTimeFormat("en-CA", { timeZone: "America/Vancouver", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const shift = (iso: string, n: number) => formatIsoDate(addDays(parseIsoDate(iso, "d", "e2e"), n));
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

async function noViolations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

/** Files a KTTA policy grievance and returns its page URL and label. */
async function fileGrievance(page: Page, violation: string, summary: string) {
  await page.goto("/grievances/new");
  await page.getByLabel("Group or policy grievance").check();
  await page.getByLabel("Articles alleged violated").fill("C.2.1");
  await page.getByLabel("Date of violation").fill(violation);
  await page.getByLabel("Date became aware").fill(violation); // the form fills in today otherwise
  await page.getByLabel("Summary").fill(summary);
  await page.getByLabel("Remedy sought").fill("Correct the list.");
  await page.getByRole("button", { name: "File grievance" }).click();
  const h = page.getByRole("heading", { name: /^Grievance KTTA-\d{4}-\d{3}$/ });
  await expect(h).toBeVisible();
  return { url: page.url().replace(/\?.*$/, ""), label: (await h.textContent())!.replace("Grievance ", "") };
}

test("the month view lists the A.6.2.b Step One date with its grievance link, and its month links work from the keyboard", async ({ page }) => {
  const violation = shift(todayInBc(), -3);
  const due = sd73TimeLimit({ rule: "grievance-step1", from: violation }).date;
  await login(page, "steward.ktta@accord.test");
  const g = await fileGrievance(page, violation, "E2E month view: list posted without the C.2.1 credit.");
  await page.goto(`/grievances/calendar?month=${due.slice(0, 7)}`);
  const grid = page.getByRole("table");
  await expect(grid.locator("caption")).toContainText(/deadline/);
  const cell = grid.getByRole("cell").filter({ has: page.locator(`time[datetime="${due}"]`) });
  await expect(cell.getByRole("link", { name: g.label })).toHaveAttribute("href", new URL(g.url).pathname);
  const item = cell.getByTestId("month-item").filter({ hasText: g.label });
  await expect(item).toContainText("A.6.2.b");
  await expect(item).toContainText("Group or policy grievance");
  // The calendar profile is said once above the grid, not in each cell.
  await expect(page.getByTestId("month-calendars")).toContainText("WD-A");
  await expect(item).not.toContainText("WD-A");
  await noViolations(page);

  const next = page.getByRole("link", { name: /^Next month/ });
  await next.focus();
  await page.keyboard.press("Enter");
  const [y, m] = due.split("-").map(Number);
  const following = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  await expect(page).toHaveURL(new RegExp(`month=${following}$`));
  await page.getByRole("link", { name: /^← Previous month/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`month=${due.slice(0, 7)}$`));
});

test("a steward creates a calendar feed (RFC 5545, CRLF, dated events) and revokes it: the address then answers 404", async ({ page }) => {
  await login(page, "steward.ktta@accord.test");
  await page.goto("/settings");
  await noViolations(page);
  await page.getByRole("button", { name: "Create feed address" }).click();
  const url = await page.getByLabel("Feed address").inputValue();
  expect(url).toMatch(/\/api\/ics\/[A-Za-z0-9_-]{40,}$/);
  const r = await page.request.get(url);
  expect(r.status()).toBe(200);
  expect(r.headers()["content-type"]).toContain("text/calendar");
  const body = await r.text();
  expect(body.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  expect(body).toMatch(/\r\nDTSTART;VALUE=DATE:\d{8}\r\n/);
  await page.getByRole("button", { name: /^Revoke feed created/ }).first().click();
  await expect(page.getByTestId("feed-token").first()).toContainText("Revoked");
  expect((await page.request.get(url)).status()).toBe(404);
});

test("a steward keeps a PDF letter and a note with a grievance, downloads it, and a disguised file is refused", async ({ page }) => {
  await login(page, "steward.ktta@accord.test");
  const g = await fileGrievance(page, shift(todayInBc(), -2), "E2E documents: the C.2.1 list and the Step One letter.");
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  await page.getByLabel("Document", { exact: true }).setInputFiles({ name: "step-one-letter.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Upload document" }).click();
  const link = page.getByRole("link", { name: "step-one-letter.pdf" });
  await expect(link).toBeVisible();
  const dl = await page.request.get(new URL((await link.getAttribute("href"))!, g.url).toString());
  expect(dl.headers()["content-type"]).toBe("application/pdf");
  expect(dl.headers()["content-disposition"]).toContain('attachment; filename="step-one-letter.pdf"');
  expect(Buffer.from(await dl.body()).equals(pdf)).toBe(true);

  await page.getByLabel("Document", { exact: true }).setInputFiles({ name: "invoice.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]) });
  await page.getByRole("button", { name: "Upload document" }).click();
  await expect(page.getByText(/Only PDF, PNG, JPEG or plain-text files/)).toBeVisible();
  await expect(page.getByRole("link", { name: "invoice.pdf" })).toHaveCount(0);

  await page.getByLabel("New note").fill("E2E note: grievor called; meeting to be set.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("E2E note: grievor called; meeting to be set.")).toBeVisible();
  await noViolations(page);

  await page.getByRole("link", { name: "Printable summary" }).click();
  await expect(page.getByRole("heading", { name: `Grievance ${g.label}: summary` })).toBeVisible();
  await expect(page.getByRole("table").first()).toContainText("A.6.2.b");
  await expect(page.getByText("step-one-letter.pdf")).toBeVisible();
  await noViolations(page);
});

test("an administrator adds a closure to SD73's 2024-25 calendar, is told when the last day is before the first, and removes it", async ({ page }) => {
  await login(page, "admin@accord.test");
  await page.goto("/admin/calendar");
  await noViolations(page);
  await page.getByLabel("District", { exact: true }).selectOption({ label: "SD73 – School District No. 73 (Kamloops-Thompson)" });
  await page.getByLabel("School year").fill("2024-25");
  await page.getByLabel("Closure", { exact: true }).fill("E2E Pro-D day");
  await page.getByLabel("First day closed").fill("2024-11-22");
  await page.getByLabel("Last day closed").fill("2024-11-21");
  await page.getByRole("button", { name: "Add closure" }).click();
  await expect(page.getByText("The last day closed cannot be before the first (2024-11-22)")).toBeVisible();
  await page.getByLabel("Last day closed").fill("2024-11-22");
  await page.getByRole("button", { name: "Add closure" }).click();
  const row = page.getByRole("row", { name: /E2E Pro-D day/ });
  await expect(row).toContainText("2024-11-22");
  await row.getByRole("button", { name: /^Remove E2E Pro-D day/ }).click();
  await expect(page.getByRole("row", { name: /E2E Pro-D day/ })).toHaveCount(0);
});

test("the month view lists an overdue A.6.2.b Step One date above the grid as 'Overdue since <weekday date> (N working days)', and fits a 390 px screen", async ({ page }) => {
  const today = todayInBc();
  const violation = shift(today, -70);
  const due = sd73TimeLimit({ rule: "grievance-step1", from: violation }).date;
  await login(page, "steward.ktta@accord.test");
  const g = await fileGrievance(page, violation, "E2E month view overdue: list posted without the C.2.1 credit.");
  await page.goto("/grievances/calendar");
  const overdue = page.getByRole("region", { name: /^Overdue/ });
  const item = overdue.getByTestId("overdue-item").filter({ hasText: g.label });
  // WD-A counts no district closures: the working days since the due date are the agreement's own.
  await expect(item).toContainText(deadlineText({ due, workingDaysLeft: workingDaysUntil("sd73-teachers", null, today, due) }, today));
  await expect(item).toContainText(/Overdue since \w{3} \w{3} \d{1,2}(, \d{4})? \(\d+ working days?\)/);
  await expect(item).toContainText("A.6.2.b");
  await expect(item.getByRole("link", { name: g.label })).toHaveAttribute("href", new URL(g.url).pathname);
  await noViolations(page);

  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto("/grievances/calendar");
  await expect(overdue.getByTestId("overdue-item").filter({ hasText: g.label })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await noViolations(page);
});

test("the grievor picker adds a person as a chip (name, number, school or role) from the keyboard; chips survive a refused submit; Backspace removes one", async ({ page }) => {
  const e = sd73Employees()[0];
  const name = `${e.firstName} ${e.lastName}`;
  await login(page, "steward.ktta@accord.test");
  await page.goto("/grievances/new");
  const combo = page.getByRole("combobox", { name: "Find an employee" });
  await combo.fill(`${e.firstName.split(" ")[0]} ${e.lastName.split(" ")[0]}`);
  await expect(page.getByRole("option", { name: new RegExp(e.employeeNumber) })).toBeVisible();
  await combo.press("ArrowDown");
  await combo.press("Enter");
  const chips = page.getByRole("list", { name: "Chosen grievors" });
  await expect(chips.getByRole("listitem")).toHaveCount(1);
  await expect(chips).toContainText(name);
  await expect(chips).toContainText(e.employeeNumber);
  const remove = chips.getByRole("button", { name: `Remove ${name} (${e.employeeNumber})` });
  await expect(remove).toBeVisible();
  await expect(combo).toHaveValue("");
  await expect(combo).toBeFocused();

  // The article picker searches the agreement library (C.2 Seniority) and adds the chosen clause as a chip.
  const articles = page.getByRole("combobox", { name: "Articles alleged violated" });
  await articles.fill("C.2");
  await page.getByRole("listbox", { name: "Matching articles" }).getByRole("option", { name: /^C\.2\.1 — SENIORITY$/ }).click();
  await expect(page.getByRole("list", { name: "Chosen articles" }).getByRole("button", { name: "Remove article C.2.1" })).toBeVisible();

  // Refused (no dates, no summary): the summary lists the fields, and the chips are still there.
  await page.getByLabel("Date became aware").fill("");
  await page.getByRole("button", { name: "File grievance" }).click();
  const summary = page.getByRole("region", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /^Summarize the grievance/ })).toHaveAttribute("href", "#f-summary");
  await expect(summary.getByRole("link", { name: /^State the remedy sought/ })).toHaveAttribute("href", "#f-remedy");
  await expect(remove).toBeVisible();
  await expect(page.getByRole("list", { name: "Chosen articles" })).toContainText("C.2.1");
  await noViolations(page);

  await combo.focus();
  await combo.press("Backspace");
  await expect(chips).toHaveCount(0);
  await expect(combo).toBeFocused();

  // By number this time, then the grievance is filed with that grievor.
  await combo.fill(e.employeeNumber);
  await expect(page.getByRole("option", { name: new RegExp(e.employeeNumber) })).toBeVisible();
  await combo.press("ArrowDown");
  await combo.press("Enter");
  await expect(remove).toBeVisible();
  const violation = shift(todayInBc(), -2);
  await page.getByLabel("Date of violation").fill(violation);
  await page.getByLabel("Date became aware").fill(violation);
  await page.getByLabel("Summary").fill("E2E grievor picker: an individual C.2.1 seniority grievance.");
  await page.getByLabel("Remedy sought").fill("Correct the list.");
  await page.getByRole("button", { name: "File grievance" }).click();
  await expect(page.getByRole("heading", { name: /^Grievance KTTA-\d{4}-\d{3}$/ })).toBeVisible();
  await expect(page.getByText(`${name} (${e.employeeNumber})`).first()).toBeVisible();
});

test("a grievor number the server refuses is reported next to the picker and in the error summary", async ({ page }) => {
  await login(page, "steward.ktta@accord.test");
  await page.goto("/grievances/new");
  await page.getByLabel("Articles alleged violated").fill("C.2.1");
  await page.getByLabel("Date of violation").fill(shift(todayInBc(), -2));
  await page.getByLabel("Summary").fill("E2E a grievance without a grievor must not be saved.");
  await page.getByLabel("Remedy sought").fill("None.");
  await page.getByRole("button", { name: "File grievance" }).click();
  const summary = page.getByRole("region", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  const link = summary.getByRole("link", { name: "Name at least one grievor, or mark it a group or policy grievance" });
  await expect(link).toHaveAttribute("href", "#f-grievors");
  await expect(page.locator("#f-grievors-error")).toContainText("Name at least one grievor, or mark it a group or policy grievance");
  const combo = page.getByRole("combobox", { name: "Find an employee" });
  await expect(combo).toHaveAttribute("aria-invalid", "true");
  await link.click();
  await expect(combo).toBeFocused();
});
