import { test, expect, login } from "./fixtures";
import { DEMO_ACCOUNTS } from "../lib/demo/accounts";

const ROLE_TEXT: Record<string, RegExp> = {
  "admin@accord.test": /Administrator, SD73 · Administrator, SD71/,
  "hr.sd73@accord.test": /HR clerk, SD73/,
  "hr.sd71@accord.test": /HR clerk, SD71/,
  "steward.ktta@accord.test": /Steward, Kamloops Thompson Teachers' Association/,
  "steward.cupe439@accord.test": /Steward, CUPE Local 439/,
  "officer.ktta@accord.test": /Local officer, Kamloops Thompson Teachers' Association/,
  "officer.cupe439@accord.test": /Local officer, CUPE Local 439/,
};

for (const acct of DEMO_ACCOUNTS) {
  test(`${acct.email} signs in, sees their roles and dashboard, and signs out`, async ({ page }) => {
    await login(page, acct.email);
    await expect(page.getByRole("banner")).toContainText(ROLE_TEXT[acct.email]);
    const admin = acct.email === "admin@accord.test";
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log", exact: true })).toHaveCount(admin ? 1 : 0);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await page.goto("/employees");
    await expect(page).toHaveURL(/\/login/);
  });
}

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("hr.sd73@accord.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status").filter({ hasText: /\S/ })).toHaveText("That email and password do not match an account.");
});
