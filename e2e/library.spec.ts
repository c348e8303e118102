import AxeBuilder from "@axe-core/playwright";
import { test, expect, login } from "./fixtures";
import type { Page } from "@playwright/test";

async function noViolations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

test("B.2 TTOC Pay and Benefits opens at its stable URL with its table of contents, clauses and interpretations", async ({ page }) => {
  await login(page, "hr.sd73@accord.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Agreements" }).click();
  await expect(page).toHaveURL(/\/agreements$/); // the home page also links "SD73" work
  await page.getByRole("link", { name: /Provincial Collective Agreement|SD73|Kamloops/ }).first().click();
  await page.getByRole("navigation", { name: "Table of contents" }).getByRole("link", { name: "B.2 TTOC PAY AND BENEFITS" }).click();
  await expect(page).toHaveURL(/\/agreements\/sd73-teachers\/articles\/B\.2$/);
  await expect(page.getByRole("heading", { level: 1, name: "B.2 TTOC PAY AND BENEFITS" })).toBeVisible();
  await expect(page.locator("[id='B.2.6']")).toContainText("1/189 of their category classification and experience");
  await expect(page.getByRole("table", { name: "Table" }).getByRole("row", { name: /July 1, 2024/ })).toContainText("$ 156.43");
  await expect(page.getByRole("heading", { name: /AMB-02/ })).toBeVisible();
});

test("a clause citation (B.2.6, A.6.2.b, 17.08(b)) opens its article anchored at the clause", async ({ page }) => {
  await login(page, "admin@accord.test");
  await page.goto("/agreements/sd73-teachers/articles/A.6.2.b");
  await expect(page).toHaveURL(/\/articles\/A\.6#A\.6\.2\.b$/);
  await expect(page.getByRole("heading", { level: 1, name: "A.6 GRIEVANCE PROCEDURE" })).toBeVisible();
  await expect(page.locator(":target")).toContainText("thirty (30) working days");
  await page.goto("/agreements/sd71-cupe439/articles/17.08(b)");
  await expect(page).toHaveURL(/\/articles\/17\.08#17\.08\(b\)$/);
  await expect(page.locator(":target")).toContainText("five percent (5%) of one (1) year's salary");
});

test("a citation link previews its article on focus and opens the right article (C.14.1 from B.2)", async ({ page }) => {
  await login(page, "steward.ktta@accord.test");
  await page.goto("/agreements/sd73-teachers/articles/B.2");
  const cite = page.getByRole("complementary").getByRole("link", { name: "C.14.1", exact: true }).first();
  await cite.focus();
  await expect(page.getByRole("tooltip")).toContainText("C.14 TEACHERS TEACHING ON CALL");
  await expect(cite).toHaveAttribute("aria-describedby", /.+/);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toHaveCount(0);
  await cite.click();
  await expect(page).toHaveURL(/\/agreements\/sd73-teachers\/articles\/C\.14#C\.14\.1$/);
  await expect(page.getByRole("heading", { level: 1, name: "C.14 TEACHERS TEACHING ON CALL" })).toBeVisible();
});

test("search ranks B.2 and C.14 first for 'teacher teaching on call' and highlights matches", async ({ page }) => {
  test.slow();
  await login(page, "admin@accord.test");
  await page.goto("/agreements/search");
  await page.getByRole("searchbox", { name: "Search the text" }).fill("teacher teaching on call");
  await page.getByRole("combobox", { name: "Agreement" }).selectOption("sd73-teachers");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(/results? for “teacher teaching on call” in BCPSEA/)).toBeVisible();
  const titles = await page.getByRole("listitem").getByRole("heading", { level: 2 }).allTextContents();
  expect(new Set(titles.slice(0, 2).map((t) => t.split(" ")[0]))).toEqual(new Set(["B.2", "C.14"]));
  await expect(page.locator("mark").first()).toBeVisible();
});

test("an unknown id shows suggestions, not an error; another local's agreement is not found", async ({ page }) => {
  await login(page, "steward.cupe439@accord.test");
  const res = await page.goto("/agreements/sd71-cupe439/articles/17.99");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "No article “17.99” in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "17.08 Severance Pay" })).toBeVisible();
  expect((await page.goto("/agreements/sd73-teachers/articles/B.2"))?.status()).toBe(404);
});

for (const [name, path] of [
  ["agreements list", "/agreements"],
  ["table of contents", "/agreements/sd71-cupe439"],
  ["article reader (salary grids)", "/agreements/sd73-teachers/articles/Appendix%20A"],
  ["article reader (clauses and interpretations)", "/agreements/sd71-cupe439/articles/17.04"],
  ["search results", "/agreements/search?q=severance+pay"],
] as const) {
  test(`the agreement library ${name} page has no accessibility violations`, async ({ page }) => {
    test.slow(); // axe walks every link of a full table of contents
    await login(page, "admin@accord.test");
    await page.goto(path);
    await noViolations(page);
  });
}
