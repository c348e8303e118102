import { test, expect, login } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

// Periods of their own (global teardown removes them): 2025-02-03 to 2025-02-14 (deleted here) and March 1–15, 2025.
const axe = async (page: Page) => expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

test("B.9: the new period form is pre-filled with the semi-monthly period after the last one; another range needs a reason; an open period is deleted through a confirm step", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "hr.sd73@accord.test");
  await page.goto("/ttoc");
  const ends = (await page.getByRole("table").locator("tbody").getByRole("link").allTextContents()).map((t) => t.slice(-10)).sort();
  const last = ends[ends.length - 1];
  const next = new Date(Date.parse(last + "T00:00:00Z") + 86_400_000).toISOString().slice(0, 10);
  const [y, m, d] = next.split("-").map(Number);
  const form = page.getByRole("form", { name: "New pay period SD73" });
  await expect(form.getByLabel("Start")).toHaveValue(next);
  await expect(form.getByLabel("End")).toHaveValue(`${next.slice(0, 8)}${d === 1 ? "15" : String(lastDay(y, m))}`);
  await axe(page);

  await form.getByLabel("Start").fill("2025-02-03");
  await form.getByLabel("End").fill("2025-02-14");
  await form.getByRole("button", { name: "Create period" }).click();
  await expect(form.getByText(/This is not a semi-monthly period/)).toBeVisible();
  await form.getByLabel(/Non-standard period/).check();
  await form.getByRole("button", { name: "Create period" }).click();
  await expect(form.getByText("Say why this period is not the usual semi-monthly one")).toBeVisible();
  await form.getByLabel("Why this period is non-standard").fill("Strike days: a short period agreed with payroll");
  await form.getByRole("button", { name: "Create period" }).click();
  await expect(page.getByRole("heading", { name: /TTOC pay 2025-02-03 to 2025-02-14/ })).toBeVisible();

  await page.getByRole("link", { name: "Delete this period…" }).click();
  await expect(page.getByRole("heading", { name: /Delete the pay period 2025-02-03 to 2025-02-14/ })).toBeVisible();
  await expect(page.getByText("0 computed pay lines and 0 adjustment lines")).toBeVisible();
  await axe(page);
  await page.getByRole("button", { name: "Delete the period" }).click();
  await expect(page.getByText("The period was deleted.")).toBeVisible();
  await expect(page.getByRole("link", { name: "2025-02-03 to 2025-02-14" })).toHaveCount(0);
});

test("B.2.8, B.2.9: the entry grid names the TTOC, reads 8:30, reports every error of every row at once; approval shows what it freezes and then offers the CSV and the next period", async ({ page }) => {
  test.setTimeout(180_000);
  await login(page, "hr.sd73@accord.test");
  // The job starts on the HR clerk's home page: its district work links to the pay periods.
  await page.getByTestId("district-work").getByRole("link", { name: "All pay periods" }).click();
  const form = page.getByRole("form", { name: "New pay period SD73" });
  await form.getByLabel("Start").fill("2025-03-01");
  await form.getByLabel("End").fill("2025-03-15");
  await form.getByRole("button", { name: "Create period" }).click();
  await expect(page.getByRole("heading", { name: /TTOC pay 2025-03-01 to 2025-03-15/ })).toBeVisible();
  const periodUrl = page.url();

  await page.getByRole("link", { name: "Enter callouts" }).click();
  await page.getByLabel("Row 1 TTOC number").fill("730009");
  await expect(page.getByTestId("row-1-name")).not.toHaveText("not on the TTOC roster");
  await page.getByLabel("Row 1 Date").fill("2025-03-04");
  await page.getByLabel("Row 1 School").fill("Arthur Stevenson Elementary");
  await page.getByLabel("Row 1 Start").fill("8:30"); // no leading zero
  await page.getByLabel("Row 1 End").fill("15:00");
  // Enter on the last row adds a row.
  for (let r = 1; r <= 5; r++) await page.getByLabel(`Row ${r} TTOC number`).press("Enter");
  await expect(page.getByLabel("Row 6 TTOC number")).toBeFocused();
  await page.getByLabel("Row 2 TTOC number").fill("739999");
  await expect(page.getByTestId("row-2-name")).toHaveText("not on the TTOC roster");
  await page.getByLabel("Row 2 Date").fill("2025-04-01");
  await page.getByLabel("Row 2 School").fill("No Such School");
  await page.getByRole("button", { name: "Save all callouts" }).click();
  const errors = page.getByRole("table", { name: "Entry errors by row" });
  // Every problem of row 2 at once, in words.
  await expect(errors).toContainText("TTOC number 739999 is not on this district's TTOC roster");
  await expect(errors).toContainText('School "No Such School" is not a school of this district');
  await expect(errors).toContainText("Date 2025-04-01 is outside this period (2025-03-01 to 2025-03-15)");
  await expect(errors).toContainText("Give the start and end times or the worked fraction (B.2.9.g)");
  await axe(page);
  for (const c of ["TTOC number", "Date", "School"]) await page.getByLabel(`Row 2 ${c}`).fill("");
  await page.getByRole("button", { name: "Save all callouts" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved 1 callout." })).toBeVisible();

  await page.goto(periodUrl);
  await page.getByRole("button", { name: "Run the period" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Computed 1 pay line." })).toBeVisible();
  await expect(page.getByTestId("ttoc-total-730009")).toHaveText("167.43"); // B.2.8 $156.43 + $11.00 in lieu (B.2.5)
  const name = (await page.getByTestId("ttoc-total-730009").locator("xpath=..").getByRole("link").first().textContent())!;
  await page.getByRole("link", { name }).first().click();
  const lines = page.getByTestId("ttoc-lines");
  await expect(lines.getByRole("heading", { name: `Lines of ${name} (730009)` })).toBeVisible();
  await expect(lines).toContainText("1 line · 1 day paid · total $167.43");
  await expect(lines.getByRole("listitem").filter({ hasText: /156\.43/ }).first()).toBeVisible(); // the day's arithmetic on screen
  await axe(page);

  const draft = await page.request.get(`${periodUrl}/export`);
  expect(draft.headers()["content-disposition"]).toContain("DRAFT");

  await page.getByRole("link", { name: "Approve the period…" }).click();
  await expect(page.getByTestId("approve-ttocs")).toHaveText("1");
  await expect(page.getByTestId("approve-lines")).toHaveText("1");
  await expect(page.getByTestId("approve-total")).toHaveText("$167.43");
  await expect(page.getByRole("list", { name: "TTOCs paid in this period" })).toContainText(`${name} (730009)`);
  await axe(page);
  await page.getByRole("button", { name: "Approve and freeze the period" }).click();
  await expect(page.getByRole("heading", { name: "Approved. Next steps" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download the payroll CSV" })).toBeVisible();
  const final = await page.request.get(`${periodUrl}/export`);
  expect(final.headers()["content-disposition"]).not.toContain("DRAFT");
  expect(await final.text()).toMatch(/2025-03-04,PAY,1,156\.43,11\.00,167\.43,.*,APPROVED/);
  await page.getByRole("link", { name: "Create the next period" }).click();
  await expect(page.getByRole("heading", { name: "TTOC pay periods" })).toBeVisible();
});
