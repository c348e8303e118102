import { test, expect, login } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";

// The run works in its own period, November 1–15, 2024 (global teardown removes it).
const header = "employeeNumber,date,school,replacedTeacher,start,end,fraction\n";
const good = [
  "730009,2024-11-05,Arthur Stevenson Elementary,Ms. Grey,08:30,15:00,",   // full day: B.2.8 $156.43 + $11.00 = $167.43
  "730009,2024-11-06,Arthur Stevenson Elementary,Ms. Grey,08:30,11:30,",   // ends before lunch (11:45): half day $78.215 + $5.50 = $83.72
].join("\n");

test("an HR clerk imports callouts, fixes a bad row, runs the period and downloads the payroll CSV (B.2.8, B.2.9.e)", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "hr.sd73@accord.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "TTOC pay" }).click();
  const form = page.getByRole("form", { name: "New pay period SD73" });
  await form.getByLabel("Start").fill("2024-11-01");
  await form.getByLabel("End").fill("2024-11-15");
  await form.getByRole("button", { name: "Create period" }).click();
  await expect(page.getByRole("heading", { name: /TTOC pay 2024-11-01 to 2024-11-15/ })).toBeVisible();

  const bad = header + good + "\n739999,2024-11-07,Arthur Stevenson Elementary,,08:30,15:00,\n730009,2024-11-20,Arthur Stevenson Elementary,,08:30,15:00,\n";
  await page.getByLabel("Dispatch CSV file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Import callouts" }).click();
  const errors = page.getByRole("table", { name: "Import errors by row" });
  await expect(errors).toContainText("employeeNumber 739999 is not a TTOC of this district");
  await expect(errors).toContainText("date 2024-11-20 is outside the period 2024-11-01 to 2024-11-15");
  await expect(page.getByText("not computed yet")).toBeVisible();
  await expect(page.getByText("0 callouts recorded")).toBeVisible();

  await page.getByLabel("Dispatch CSV file").setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(header + good + "\n") });
  await page.getByRole("button", { name: "Import callouts" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 2 callouts." })).toBeVisible();
  await page.getByRole("button", { name: "Run the period" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Computed 2 pay lines." })).toBeVisible();
  await expect(page.getByTestId("ttoc-total-730009")).toHaveText("251.15");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download payroll CSV" }).click();
  const csv = readFileSync((await (await download).path())!, "utf8");
  expect(csv).toContain("730009,");
  expect(csv).toMatch(/2024-11-05,PAY,1,156\.43,11\.00,167\.43/);
  expect(csv).toMatch(/2024-11-06,PAY,0\.5,78\.22,5\.50,83\.72|2024-11-06,PAY,0\.5,78\.21,5\.50,83\.72/);

  await page.getByRole("button", { name: "Approve the period" }).click();
  await expect(page.getByText(/Approved \d{4}-\d{2}-\d{2}: this period can no longer change/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Run the period" })).toHaveCount(0);
});

test("the seeded October period shows computed totals; an SD71 clerk cannot open it", async ({ page }) => {
  await login(page, "hr.sd73@accord.test");
  await page.goto("/ttoc");
  await page.getByRole("link", { name: "2024-10-01 to 2024-10-15" }).click();
  await expect(page.locator("[data-testid^='ttoc-total-']").first()).toHaveText(/^\d+\.\d{2}$/);
  const url = page.url();
  await login(page, "hr.sd71@accord.test");
  expect((await page.goto(url))?.status()).toBe(404);
});
