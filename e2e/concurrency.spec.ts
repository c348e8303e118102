import type { Browser, Page } from "@playwright/test";
import { test, expect, login } from "./fixtures";

// Its own consultation, school year 2032-33 (global teardown removes it), so it never meets lif.spec's 2030-31.
const YEAR = "2032-33";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await login(page, email);
  return page;
}

test("two people editing the same LIF checklist: the second save is refused naming who saved, and keeps the typed note (optimistic locking)", async ({ browser }) => {
  test.setTimeout(120_000); // two users in two browser contexts
  const hr = await signedIn(browser, "hr.sd71@accord.test");
  await hr.goto("/lif");
  const open = hr.getByRole("form", { name: "Open a consultation" });
  await open.getByLabel("School year").fill(YEAR);
  await open.getByLabel("Deadline").fill("2032-06-04");
  await open.getByRole("button", { name: "Open consultation" }).click();
  await expect(hr.getByTestId("lif-status")).toHaveText("not-started");
  const url = hr.url();

  // Both open the district checklist before either saves.
  const admin = await signedIn(browser, "admin@accord.test");
  await admin.goto(url);
  const first = hr.getByRole("form", { name: "District checklist" });
  const second = admin.getByRole("form", { name: "District checklist" });
  await expect(second.getByRole("textbox").first()).toHaveValue("");

  await first.getByRole("checkbox").first().check();
  await first.getByRole("textbox").first().fill("Both sides heard at the first meeting");
  await first.getByRole("button", { name: "Save district checklist" }).click();
  await expect(first.getByRole("status")).toHaveText("Checklist saved.");

  // The second save was opened before the first: refused with who saved and when, nothing overwritten.
  await second.getByRole("textbox").first().fill("The local was not heard");
  await second.getByRole("button", { name: "Save district checklist" }).click();
  await expect(second.getByRole("status")).toContainText(/Changed by Hugo Comox \(HR\) at \d{2}:\d{2} \(Vancouver time\) since you opened it/);
  await expect(second.getByRole("textbox").first()).toHaveValue("The local was not heard");

  await hr.reload();
  await expect(hr.getByRole("form", { name: "District checklist" }).getByRole("textbox").first()).toHaveValue("Both sides heard at the first meeting");

  // Reloaded, the second person sees the first save and can apply their change over it.
  await admin.reload();
  const again = admin.getByRole("form", { name: "District checklist" });
  await expect(again.getByRole("textbox").first()).toHaveValue("Both sides heard at the first meeting");
  await again.getByRole("textbox").first().fill("The local was not heard");
  await again.getByRole("button", { name: "Save district checklist" }).click();
  await expect(again.getByRole("status")).toHaveText("Checklist saved.");

  await hr.context().close();
  await admin.context().close();
});
