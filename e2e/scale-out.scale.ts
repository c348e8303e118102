import { test, expect } from "@playwright/test";
import { DEMO_PASSWORD } from "../lib/demo/accounts";

// Two app instances share nothing but PostgreSQL (through PgBouncer): a session made on one works on the other,
// and what one writes the other reads at once.
const A = `http://127.0.0.1:${process.env.SCALE_PORT_A ?? 3201}`;
const todayInBc = () => new Intl.DateTimeFormat("en-CA", { timeZone: "America/Vancouver", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const B = `http://127.0.0.1:${process.env.SCALE_PORT_B ?? 3202}`;

test("a session signed in on instance A works on instance B, and a grievance filed on A is listed on B", async ({ page }) => {
  await page.goto(`${A}/login`);
  await page.getByLabel("Email").fill("steward.ktta@accord.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${A}/`);

  // Cookies are per host, not per port: the same session cookie goes to B, which has never seen this sign-in.
  await page.goto(`${B}/grievances`);
  await expect(page).toHaveURL(`${B}/grievances`);
  await expect(page.getByText("steward.ktta@accord.test").or(page.getByText(/KTTA/).first()).first()).toBeVisible();

  const summary = `SCALE-OUT ${Date.now().toString(36)} policy grievance filed on instance A.`;
  await page.goto(`${A}/grievances/new`);
  await page.getByLabel("Group or policy grievance").check();
  await page.getByLabel("Articles alleged violated").fill("C.2.1");
  await page.getByLabel("Date of violation").fill(todayInBc());
  await page.getByLabel("Summary").fill(summary);
  await page.getByLabel("Remedy sought").fill("Correct the list.");
  await page.getByRole("button", { name: "File grievance" }).click();
  await expect(page.getByText(summary)).toBeVisible();
  const url = new URL(page.url());
  expect(url.origin).toBe(A);

  const label = (await page.getByRole("heading", { level: 1 }).innerText()).replace(/^Grievance\s+/, "");

  await page.goto(`${B}${url.pathname}`);
  await expect(page.getByText(summary)).toBeVisible();
  await page.goto(`${B}/grievances?status=all`);
  await expect(page.getByRole("link", { name: label, exact: true })).toBeVisible();

  // Signing out on B ends the session on A too: a copy of the old cookie is refused there (the session version
  // is read from the database on every request, so no instance keeps it in memory).
  const copy = (await page.context().cookies(B)).filter((c) => c.name.includes("session-token"));
  await page.goto(`${B}/`);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.context().addCookies(copy);
  await page.goto(`${A}/grievances`);
  await expect(page).toHaveURL(/\/login/);
});
