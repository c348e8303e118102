import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect as baseExpect, login } from "./fixtures";
import { sd73TimeLimit } from "../lib/rules/sd73-teachers/time-limits";
import { addDays, formatIsoDate, parseIsoDate } from "../lib/rules/core";
import { sd73Employees } from "../lib/demo/factories";

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
  await expect(cell.getByTestId("month-item").filter({ hasText: g.label })).toContainText("A.6.2.b");
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

test("the grievor picker finds an employee by name from the keyboard and adds the number", async ({ page }) => {
  const e = sd73Employees()[0];
  await login(page, "steward.ktta@accord.test");
  await page.goto("/grievances/new");
  const combo = page.getByRole("combobox", { name: "Find an employee" });
  await combo.fill(`${e.firstName.split(" ")[0]} ${e.lastName.split(" ")[0]}`);
  await expect(page.getByRole("option", { name: new RegExp(e.employeeNumber) })).toBeVisible();
  await combo.press("ArrowDown");
  await combo.press("Enter");
  await expect(page.getByLabel("Grievors")).toHaveValue(new RegExp(e.employeeNumber));
  await noViolations(page);
});
