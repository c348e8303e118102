import { pdfText } from "../lib/test/pdf-text";
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
  await expect(errors).toContainText("TTOC number 739999 is not on this district's TTOC roster");
  await expect(errors).toContainText("Date 2024-11-20 is outside this period (2024-11-01 to 2024-11-15)");
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
  const file = await download;
  expect(file.suggestedFilename()).toBe("ttoc-pay-SD73-2024-11-01-DRAFT.csv"); // not approved yet: a draft
  const csv = readFileSync((await file.path())!, "utf8");
  expect(csv).toContain("730009,");
  expect(csv).toContain(",DRAFT - not approved");
  expect(csv).toMatch(/2024-11-05,PAY,1,156\.43,11\.00,167\.43/);
  expect(csv).toMatch(/2024-11-06,PAY,0\.5,78\.22,5\.50,83\.72|2024-11-06,PAY,0\.5,78\.21,5\.50,83\.72/);

  await page.getByRole("link", { name: "Approve the period…" }).click();
  await expect(page.getByTestId("approve-total")).toHaveText("$251.15");
  await page.getByRole("button", { name: "Approve and freeze the period" }).click();
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
  // TTOC pay is the district's payroll: a steward of the district's own union gets the same 404 (issue 14).
  await login(page, "steward.ktta@accord.test");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "TTOC pay" })).toHaveCount(0);
  expect((await page.goto(url))?.status()).toBe(404);
  expect((await page.goto("/ttoc"))?.status()).toBe(404);
  expect((await page.request.get(`${url}/export`, { maxRedirects: 0 })).status()).toBe(404);
});

test("an HR clerk reads the roster and a TTOC's placement history, experience (C.4) and seniority (C.2.3), and records a placement change", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "hr.sd73@accord.test");
  await page.goto("/ttoc");
  await page.getByRole("link", { name: "TTOC roster" }).click();
  await expect(page.getByRole("heading", { name: "TTOC roster" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.getByLabel("Name or employee number").fill("730010");
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("row").filter({ hasText: "730010" });
  await expect(row).toContainText("Category 5 Step 7");
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Placement history" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Experience (C.4)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Seniority (C.2.3)" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  const form = page.getByRole("form", { name: "Record a placement change" });
  await form.getByLabel("Effective date").fill("2025-06-30");
  await form.getByLabel("Category").selectOption("4");
  await form.getByLabel("Step").fill("10");
  await form.getByRole("button", { name: "Record placement" }).click();
  await expect(form.getByText(/no rate for Category 4 Step 10/)).toBeVisible();
  await expect(form.getByLabel("Step")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Category").selectOption("5");
  await form.getByLabel("Step").fill("8");
  await form.getByRole("button", { name: "Record placement" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Placement from 2025-06-30 recorded." })).toBeVisible();
  const history = page.getByRole("table", { name: "Placement changes with their dates" });
  await expect(history.getByRole("row").filter({ hasText: "2025-06-30" })).toContainText("Category 5 Step 8");
  await expect(history.getByRole("row").filter({ hasText: "opening placement from the employee record" })).toContainText("Category 5 Step 7");
});

test("an HR clerk enters several callouts at once from the keyboard, fixes the row in error and runs the period (B.2.8, B.2.9.e)", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "hr.sd73@accord.test");
  await page.goto("/ttoc");
  const form = page.getByRole("form", { name: "New pay period SD73" });
  await form.getByLabel("Start").fill("2024-11-18");
  await form.getByLabel("End").fill("2024-11-29");
  await form.getByLabel(/Non-standard period/).check(); // B.9 pays semi-monthly; this range is an exception
  await form.getByLabel("Why this period is non-standard").fill("Catch-up run for the late November dispatch");
  await form.getByRole("button", { name: "Create period" }).click();
  await expect(page.getByRole("heading", { name: /TTOC pay 2024-11-18 to 2024-11-29/ })).toBeVisible();
  await page.getByRole("link", { name: "Enter callouts" }).click();
  await expect(page.getByRole("heading", { name: /Enter callouts/ })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  await page.getByLabel("Row 1 TTOC number").fill("730009");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Row 1 Date")).toBeFocused();
  await page.keyboard.type("2024-11-19");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Arthur Stevenson Elementary");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Mr. Brown");
  await page.keyboard.press("Tab");
  await page.keyboard.type("08:30");
  await page.keyboard.press("Tab");
  await page.keyboard.type("15:00");
  await page.getByLabel("Row 1 TTOC number").focus();
  await page.keyboard.press("Enter"); // Enter moves down the column
  await expect(page.getByLabel("Row 2 TTOC number")).toBeFocused();
  await page.keyboard.type("739999");
  await page.getByLabel("Row 2 Date").fill("2024-11-20");
  await page.getByLabel("Row 2 School").fill("Arthur Stevenson Elementary");
  await page.getByLabel("Row 2 Or fraction").fill("1");
  await page.getByRole("button", { name: "Save all callouts" }).click();
  await expect(page.getByLabel("Row 2 TTOC number")).toHaveAttribute("aria-invalid", "true", { timeout: 30_000 });
  await expect(page.getByRole("table", { name: "Entry errors by row" })).toContainText("TTOC number 739999 is not on this district's TTOC roster");
  await page.getByLabel("Row 2 TTOC number").fill("730009");
  await page.getByRole("button", { name: "Save all callouts" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved 2 callouts." })).toBeVisible();

  await page.getByRole("link", { name: /Back to the period/ }).click();
  await page.getByRole("button", { name: "Run the period" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Computed 2 pay lines." })).toBeVisible();
  await expect(page.getByTestId("ttoc-total-730009")).toHaveText("334.86"); // 2 × ($156.43 + $11.00)
  const pdf = await page.request.get(await page.getByRole("link", { name: /Pay statement \(PDF\) for .*730009/ }).getAttribute("href") ?? "");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdfText(await pdf.body()).replace(/\s+/g, " ")).toContain("Total for the period: $334.86");
});

test("an HR clerk sets a school's lunch break; bad times are refused with the field named (B.2.9.e)", async ({ page }) => {
  await login(page, "hr.sd73@accord.test");
  await page.goto("/ttoc/schools");
  await expect(page.getByRole("heading", { name: "School hours and lunch breaks" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  const form = page.getByRole("form", { name: "Hours of Raft River Elementary (SD73)" });
  await expect(form.getByLabel("Outlying school (C.12.1.b.i)")).toBeChecked(); // a North Thompson school (MOA 10 ¶3(b))
  await form.getByLabel("Lunch starts").fill("16:00");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("The school day must end after lunch starts")).toBeVisible();
  await form.getByLabel("Lunch starts").fill("11:50");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toContainText("lunch from 11:50");
  await form.getByLabel("Lunch starts").fill("11:45");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toContainText("lunch from 11:45");
});
