import { test, expect, login, e2eNumber } from "./fixtures";

test("an SD73 HR clerk sees a validation error, then creates and edits a teacher", async ({ page }) => {
  await login(page, "hr.sd73@accord.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Employees" }).click();
  await page.getByRole("link", { name: "Add employee" }).click();
  await expect(page.getByRole("heading", { name: "Add employee — SD73" })).toBeVisible();
  const number = e2eNumber(1);
  await page.getByLabel("Employee number").fill(number);
  await page.getByLabel("First name").fill("Edith");
  await page.getByLabel("Last name").fill("Tester");
  await page.getByLabel("Hire date").fill("2021-09-01");
  // Certificated by default, with no category: Appendix A placement is required.
  await page.getByRole("button", { name: "Create employee" }).click();
  await expect(page.getByText("A certificated teacher needs a salary category (Appendix A)")).toBeVisible();
  await expect(page.getByLabel("Category")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Category").selectOption("5+");
  await page.getByLabel("Step").fill("4");
  await page.getByRole("button", { name: "Create employee" }).click();
  await expect(page.getByRole("heading", { name: "Edith Tester" })).toBeVisible();
  await expect(page.getByText("Employee created.")).toBeVisible();
  await expect(page.getByText("Category 5+, step 4")).toBeVisible();

  await page.getByRole("link", { name: "Edit employee" }).click();
  await page.getByLabel("Step").fill("5");
  await page.getByLabel("FTE").fill("0.8");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Employee saved.")).toBeVisible();
  await expect(page.getByText("Category 5+, step 5")).toBeVisible();
  await expect(page.getByText("0.800")).toBeVisible();
});

test("the employee list searches, filters by type and paginates", async ({ page }) => {
  await login(page, "hr.sd71@accord.test");
  await page.goto("/employees");
  await expect(page.getByText(/^\d{3} employees$/)).toBeVisible();
  await page.getByLabel("Type").selectOption("PROBATIONARY");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/type=PROBATIONARY/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("Probationary");
  await page.goto("/employees");
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
});

test("CSV import reports row errors and imports nothing, then imports a valid file", async ({ page }) => {
  await login(page, "hr.sd71@accord.test");
  await page.goto("/employees/import");
  const header = "employeeNumber,firstName,lastName,status,employmentType,payGrade,payStep,hireDate\n";
  const a = e2eNumber(2), b = e2eNumber(3);
  await page.getByLabel("CSV file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(header + `${a},Ann,Lee,ACTIVE,REGULAR,8,2,2019-01-07\n${b},Bo,Kim,ACTIVE,REGULAR,99,2,2019-13-01\n`) });
  await page.getByRole("button", { name: "Import" }).click();
  const errors = page.getByRole("table", { name: "Import errors by row" });
  await expect(errors).toContainText("payGrade");
  await expect(errors).toContainText("hireDate");
  await page.goto(`/employees?q=${a}`);
  await expect(page.getByText("No employees match these filters.")).toBeVisible();
  await page.goto("/employees/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(header + `${a},Ann,Lee,ACTIVE,REGULAR,8,2,2019-01-07\n`) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 1 employee." })).toBeVisible();
});

test("a CSV file over the import limit is refused with the limit in words, not a framework error (2 MB)", async ({ page }) => {
  await login(page, "hr.sd71@accord.test");
  await page.goto("/employees/import");
  const big = Buffer.alloc(7 * 1024 * 1024, "a"); // over the app's 2 MB and the framework's request limit
  await page.getByLabel("CSV file").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: big });
  await expect(page.getByText("The file is larger than 2 MB: split it into smaller files")).toBeVisible();
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("The file is larger than 2 MB: split it into smaller files")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Import employees/ })).toBeVisible();
});

test("an SD73 HR clerk gives a teacher a position at a school, then moves it, and sees the school on the employee page (C.12.1.b.i)", async ({ page }) => {
  await login(page, "hr.sd73@accord.test");
  await page.goto("/employees");
  await page.getByRole("link", { name: "Add employee" }).click();
  await page.getByLabel("Employee number").fill(e2eNumber(4));
  await page.getByLabel("First name").fill("Paula");
  await page.getByLabel("Last name").fill("Position");
  await page.getByLabel("Hire date").fill("2020-09-01");
  await page.getByLabel("Category").selectOption("5");
  await page.getByLabel("Step").fill("3");
  await page.getByRole("button", { name: "Create employee" }).click();
  await expect(page.getByRole("heading", { name: "Paula Position" })).toBeVisible();
  const section = page.getByRole("region", { name: "Position", exact: true });
  await expect(section).toContainText("No current position.");

  // A refused save names the field in plain words and keeps what was typed.
  const add = page.getByRole("form", { name: "Add a position" });
  await add.getByLabel("Title").fill("Teacher, Mathematics");
  await add.getByLabel("School").selectOption({ label: "Westsyde Secondary" });
  await add.getByLabel("FTE").fill("1.5");
  await add.getByRole("button", { name: "Add position" }).click();
  await expect(add.getByText("The FTE must be a number from 0 to 1 with at most three decimals, e.g. 1 or 0.5")).toBeVisible();
  await expect(add.getByLabel("FTE")).toHaveAttribute("aria-invalid", "true");
  await expect(add.getByLabel("Title")).toHaveValue("Teacher, Mathematics");
  await expect(add.getByLabel("School").locator("option:checked")).toHaveText("Westsyde Secondary");
  await add.getByLabel("FTE").fill("0.5");
  await add.getByRole("button", { name: "Add position" }).click();
  await expect(page.getByText("Position saved.")).toBeVisible();
  // What the position holds, read from its details (the school select lists every school's name).
  const shown = section.getByRole("definition");
  await expect(shown.filter({ hasText: "Teacher, Mathematics" })).toBeVisible();
  await expect(shown.filter({ hasText: "Westsyde Secondary" })).toBeVisible();
  await expect(shown.filter({ hasText: "0.500" })).toBeVisible();

  const edit = page.getByRole("form", { name: "Edit position" });
  await edit.getByLabel("School").selectOption({ label: "Sa-Hali Secondary" });
  await edit.getByRole("button", { name: "Save position" }).click();
  await expect(shown.filter({ hasText: "Sa-Hali Secondary" })).toBeVisible();
  await expect(shown.filter({ hasText: "Westsyde Secondary" })).toHaveCount(0);
});
