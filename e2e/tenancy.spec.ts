import { test, expect, login } from "./fixtures";

async function firstEmployeeHref(page: import("@playwright/test").Page, district: string) {
  await page.goto(`/employees?q=${district === "SD73" ? "73" : "71"}`);
  return (await page.getByRole("table").locator("tbody").getByRole("link").first().getAttribute("href"))!;
}

test("a CUPE 439 steward is refused an SD73 employee by URL, list and export", async ({ page, browser }) => {
  const admin = await browser.newPage();
  await login(admin, "admin@accord.test");
  const sd73Href = await firstEmployeeHref(admin, "SD73");
  const sd73Name = await admin.getByRole("table").locator("tbody").getByRole("link").first().textContent();
  await admin.close();

  await login(page, "steward.cupe439@accord.test");
  const res = await page.goto(sd73Href);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByText(sd73Name!)).toHaveCount(0);
  expect((await page.goto(`${sd73Href}/edit`))?.status()).toBe(404);

  await page.goto("/employees?q=73");
  await expect(page.getByText("No employees match these filters.")).toBeVisible();
  const csv = await page.request.get("/employees/export");
  const body = await csv.text();
  expect(body).toContain("SD71");
  expect(body).not.toMatch(/^SD73,/m);
});

test("a steward cannot add or import employees", async ({ page }) => {
  await login(page, "steward.ktta@accord.test");
  await page.goto("/employees");
  await expect(page.getByRole("link", { name: "Add employee" })).toHaveCount(0);
  await page.goto("/employees/new");
  await expect(page.getByRole("heading", { name: "Not permitted" })).toBeVisible();
  await page.goto("/employees/import");
  await expect(page.getByRole("heading", { name: "Not permitted" })).toBeVisible();
});

test("an SD71 HR clerk is refused the audit log and SD73 records", async ({ page, browser }) => {
  const admin = await browser.newPage();
  await login(admin, "admin@accord.test");
  const sd73Href = await firstEmployeeHref(admin, "SD73");
  await admin.close();
  await login(page, "hr.sd71@accord.test");
  expect((await page.goto(sd73Href))?.status()).toBe(404);
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Not permitted" })).toBeVisible();
});
