import AxeBuilder from "@axe-core/playwright";
import { test, expect, login } from "./fixtures";
import type { Page } from "@playwright/test";

async function noViolations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

async function firstEmployeeHref(page: Page) {
  await page.goto("/employees");
  return (await page.getByRole("table").locator("tbody").getByRole("link").first().getAttribute("href"))!;
}

test("the sign-in page has no accessibility violations", async ({ page }) => {
  await page.goto("/login");
  await noViolations(page);
});

const pages: Array<[string, (page: Page) => Promise<string>]> = [
  ["dashboard", async () => "/"],
  ["employee list", async () => "/employees"],
  ["employee detail", firstEmployeeHref],
  ["employee edit form", async (p) => `${await firstEmployeeHref(p)}/edit`],
  ["new employee district chooser", async () => "/employees/new"],
  ["employee import", async () => "/employees/import"],
  ["audit log", async () => "/admin/audit"],
];

for (const [name, path] of pages) {
  test(`the ${name} page has no accessibility violations`, async ({ page }) => {
    await login(page, "admin@accord.test");
    await page.goto(await path(page));
    await noViolations(page);
  });
}

test("the new employee form of each agreement has no accessibility violations", async ({ page }) => {
  await login(page, "hr.sd71@accord.test");
  await page.goto("/employees/new");
  await noViolations(page);
  await login(page, "hr.sd73@accord.test");
  await page.goto("/employees/new");
  await noViolations(page);
});

// The home page of each role, at desktop and phone width.
for (const email of ["steward.ktta@accord.test", "officer.ktta@accord.test", "hr.sd73@accord.test", "admin@accord.test"]) {
  for (const width of [1366, 390]) {
    test(`the home page of ${email} has no accessibility violations at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await login(page, email);
      await noViolations(page);
      await page.goto("/grievances");
      await noViolations(page);
    });
  }
}

test("the TTOC period's lines-by-TTOC view and its approve and delete confirm steps have no accessibility violations", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "hr.sd73@accord.test");
  await page.goto("/ttoc");
  await page.getByRole("link", { name: "2024-10-01 to 2024-10-15" }).click();
  await page.waitForURL(/\/ttoc\/[^/?]+$/);
  const period = new URL(page.url()).pathname;
  const number = (await page.locator("[data-testid^='ttoc-total-']").first().getAttribute("data-testid"))!.replace("ttoc-total-", "");
  for (const path of [`${period}?ttoc=${number}`, `${period}/approve`, `${period}/delete`, "/ttoc"]) {
    await page.goto(path);
    await noViolations(page);
  }
});

// The review step before a seniority list is published, at desktop and phone width: the SD73 regular list and the
// SD71 continuing temporary list (the e2e run publishes SD73's 2025-05-01 list only, so these offer the button).
for (const width of [1366, 390]) {
  test(`the seniority publish review pages have no accessibility violations at ${width} px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await login(page, "hr.sd73@accord.test");
    await page.goto("/seniority/sd73-teachers/publish");
    await expect(page.getByRole("heading", { name: "Review the regular seniority list to publish" })).toBeVisible();
    await noViolations(page);
    await login(page, "hr.sd71@accord.test");
    await page.goto("/seniority/sd71-cupe439/publish?asOf=2025-03-15&list=CONTINUING_TEMPORARY");
    await expect(page.getByRole("heading", { name: "Review the continuing temporary seniority list to publish" })).toBeVisible();
    await noViolations(page);
  });
}
