import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, login } from "./fixtures";

async function noViolations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

const rows = (page: Page) => page.getByTestId("seniority-row");

// A list of 300 rows with an axe check each is slow on a shared machine.
test.describe.configure({ timeout: 180_000 });

test("an HR clerk reviews the SD73 list as of May 1 (C.12.1.c.ii), publishes it, and opens an employee's explanation", async ({ page }) => {
  await login(page, "hr.sd73@accord.test");
  await page.getByRole("link", { name: "Seniority", exact: true }).click();
  await page.getByRole("link", { name: /Kamloops/ }).click();
  await expect(page.getByRole("heading", { name: /Regular seniority list — SD73 teachers/ })).toBeVisible();
  await page.getByLabel("List date", { exact: true }).fill("2025-05-02");
  await page.getByRole("button", { name: "Show list" }).click();
  await expect(page).toHaveURL(/asOf=2025-05-02/);
  await expect(rows(page)).toHaveCount(100); // 100 rows a page; the pager says how many in all
  await expect(page.getByText(/As of 2025-05-02: \d{3} employee\(s\)/)).toBeVisible();

  // Publishing goes through a review of exactly the list that is frozen: its official date, not the date viewed.
  await page.getByRole("link", { name: "Review the list to publish (as of 2025-05-01)" }).click();
  await expect(page).toHaveURL(/\/seniority\/sd73-teachers\/publish\?asOf=2025-05-02/);
  await expect(page.getByRole("heading", { name: "Review the regular seniority list to publish" })).toBeVisible();
  await expect(page.getByText("You were viewing the list as of 2025-05-02; the list is published as of its official date 2025-05-01 (C.12.1.c.ii).")).toBeVisible();
  await expect(page.getByTestId("publish-as-of")).toHaveText("2025-05-01 (official date May 1, C.12.1.c.ii)");
  const count = await rows(page).count();
  expect(count).toBeGreaterThan(250);
  await expect(page.getByTestId("publish-count")).toHaveText(`${count} employee(s)`);
  const first = await rows(page).first().getAttribute("data-employee");
  await expect(page.getByRole("link", { name: "Back to the list" })).toHaveAttribute("href", /asOf=2025-05-02/);
  await noViolations(page);

  await page.getByRole("button", { name: "Publish the list as of 2025-05-01" }).click();
  await expect(page.getByRole("heading", { name: "Regular seniority list as of 2025-05-01" })).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/seniority\/published\/[^/]+$/);
  await expect(page.getByText(/This snapshot never changes/)).toBeVisible();
  await expect(page.getByText(`${count} employee(s).`, { exact: true })).toBeVisible();
  await expect(rows(page)).toHaveCount(Math.min(count, 100)); // 100 rows a page, as on the live list
  await expect(rows(page).first()).toHaveAttribute("data-employee", first!);
  await noViolations(page);
  const published = page.url();

  // A second review of that date offers no button: it links to the list already published.
  await page.goto("/seniority/sd73-teachers/publish?asOf=2025-05-01&list=REGULAR");
  await expect(page.getByText(/as of 2025-05-01 was already published on/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Publish the list/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Open the published list as of 2025-05-01" })).toHaveAttribute("href", new URL(published).pathname);

  await page.goto("/seniority/sd73-teachers?asOf=2025-05-01");
  await rows(page).first().getByRole("link", { name: /^Explain/ }).click();
  await expect(page.getByRole("heading", { name: /^Seniority of .* as of 2025-05-01$/ })).toBeVisible();
  await expect(page.getByText(/days of contract service × 189/).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "C.2.5" }).first()).toBeVisible();
  await noViolations(page);
});

test("a steward sees the local's list read-only: no publish review or ledger controls", async ({ page }) => {
  await login(page, "steward.ktta@accord.test");
  await page.goto("/seniority");
  await noViolations(page);
  await page.goto("/seniority/sd73-teachers?asOf=2025-05-01");
  await expect(rows(page).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /^Review the list to publish/ })).toHaveCount(0);
  await noViolations(page);
  const href = await rows(page).first().getByRole("link", { name: /^Explain/ }).getAttribute("href");
  const employeeId = href!.split("/")[4].split("?")[0];
  await page.goto(`/employees/${employeeId}/ledger`);
  await expect(page.getByRole("heading", { name: /^Service ledger/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save entry" })).toHaveCount(0);
  await page.goto("/seniority/import");
  await expect(page.getByRole("heading", { name: "Not permitted" })).toBeVisible();
  await page.goto("/seniority/sd73-teachers/publish?asOf=2025-05-01");
  await expect(page.getByRole("heading", { name: "Not permitted" })).toBeVisible();
  await page.goto("/seniority/sd71-cupe439");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("the ledger form refuses an overlapping appointment and a leave ending before it starts, next to the field", async ({ page }) => {
  await login(page, "hr.sd73@accord.test");
  await page.goto("/seniority/sd73-teachers?asOf=2025-05-01");
  const href = await rows(page).first().getByRole("link", { name: /^Explain/ }).getAttribute("href");
  await page.goto(`/employees/${href!.split("/")[4].split("?")[0]}/ledger`);
  await noViolations(page);
  await page.getByLabel("Kind", { exact: true }).selectOption("APPOINTMENT");
  await page.getByLabel("Start date").fill("2024-01-08");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.getByLabel("Start date")).toHaveAccessibleDescription(/overlaps the appointment/);
  await page.getByLabel("Kind", { exact: true }).selectOption("LEAVE");
  await page.getByLabel("Start date").fill("2024-11-02");
  await page.getByLabel("End date").fill("2024-09-03");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.getByLabel("End date")).toHaveAccessibleDescription(/ends \(2024-09-03\) before it starts \(2024-11-02\)/);
  await page.goto("/seniority/import");
  await noViolations(page);
});
