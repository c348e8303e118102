import { pdfText } from "../lib/test/pdf-text";
import { test, expect, login } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";

// The e2e run opens its own consultation for school year 2030-31 (global teardown removes it).
const YEAR = "2030-31";

test("a LIF consultation goes from meeting to both signatures, and the PDF names both signers (LIF notice)", async ({ page, browser }) => {
  test.setTimeout(150_000); // two users through the whole workflow
  await login(page, "hr.sd71@accord.test");
  // Both sides start from their home page: its LIF panel links to every consultation.
  await page.getByTestId("lif-status").getByRole("link", { name: "All LIF consultations" }).click();
  const open = page.getByRole("form", { name: "Open a consultation" });
  await open.getByLabel("School year").fill(YEAR);
  await open.getByLabel("Deadline").fill("2030-06-07");
  await open.getByRole("button", { name: "Open consultation" }).click();
  await expect(page.getByTestId("lif-status")).toHaveText("not-started");

  // The signer's name is never filled in from the account; reviewing before the criteria are addressed says what
  // is missing and offers no confirm button.
  await expect(page.getByLabel("Full name")).toHaveValue("");
  await expect(page.getByLabel("Title")).toHaveValue("");
  await page.getByLabel("Full name").fill("Hugo Comox");
  await page.getByLabel("Title").fill("Director of Human Resources");
  await page.getByRole("button", { name: "Review before signing" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The district cannot sign yet" })).toContainText("No consultation meeting has been held yet.");
  await expect(page.getByRole("button", { name: "Confirm and sign as district" })).toHaveCount(0);
  await page.getByRole("button", { name: "Change the details" }).click();
  await expect(page.getByLabel("Full name")).toHaveValue("Hugo Comox");

  const meeting = page.getByRole("form", { name: "Record a meeting" });
  await meeting.getByLabel("Meeting date").fill("2025-05-01");
  await meeting.getByLabel("District attendees").fill("Director of HR");
  await meeting.getByLabel("Local attendees").fill("Local president");
  await meeting.getByRole("button", { name: "Record meeting" }).click();
  await expect(page.getByTestId("lif-status")).toHaveText("consulting");

  const district = page.getByRole("form", { name: "District checklist" });
  for (const box of await district.getByRole("checkbox").all()) await box.check();
  await district.getByRole("button", { name: "Save district checklist" }).click();
  await expect(district.getByRole("status")).toHaveText("Checklist saved.");

  const officer = await browser.newPage();
  await login(officer, "officer.cupe439@accord.test");
  await officer.getByTestId("lif-status").getByRole("link", { name: `SD71 × CUPE439, ${YEAR}` }).click();
  await expect(officer).toHaveURL(page.url());
  const local = officer.getByRole("form", { name: "Local checklist" });
  for (const box of await local.getByRole("checkbox").all()) await box.check();
  await local.getByRole("button", { name: "Save local checklist" }).click();
  await expect(officer.getByTestId("lif-status")).toHaveText("ready-to-sign");
  // The local signs only after the district.
  await officer.getByLabel("Full name").fill("Omar Officer");
  await officer.getByLabel("Title").fill("President, CUPE Local 439");
  await officer.getByRole("button", { name: "Review before signing" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "The district signs the form first" })).toBeVisible();
  await expect(officer.getByRole("button", { name: "Confirm and sign as local" })).toHaveCount(0);

  // The district reviews what it signs: the meeting, the marks, and the name and title as typed.
  await page.reload();
  await page.getByLabel("Full name").fill("Hugo Comox");
  await page.getByLabel("Title").fill("Director of Human Resources");
  await page.getByRole("button", { name: "Review before signing" }).click();
  const review = page.getByTestId("lif-review");
  await expect(review.getByRole("heading", { name: "What you sign for the district" })).toBeVisible();
  await expect(page.getByTestId("lif-review-full-name")).toHaveText("Hugo Comox");
  await expect(page.getByTestId("lif-review-title")).toHaveText("Director of Human Resources");
  await expect(review).toContainText("2025-05-01: district Director of HR; local Local president");
  await expect(review).toContainText("district met; local met");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  // A change after the review (the local records a meeting) refuses the signature and keeps what was typed.
  const late = officer.getByRole("form", { name: "Record a meeting" });
  await officer.reload();
  await late.getByLabel("Meeting date").fill("2025-05-02");
  await late.getByLabel("District attendees").fill("Director of HR");
  await late.getByLabel("Local attendees").fill("Local president");
  await late.getByRole("button", { name: "Record meeting" }).click();
  await expect(late.getByRole("status")).toHaveText("Meeting recorded.");
  await page.getByRole("button", { name: "Confirm and sign as district" }).click();
  await expect(page.getByRole("status").filter({ hasText: "changed after you reviewed it" })).toBeVisible();
  await expect(page.getByTestId("lif-status")).toHaveText("ready-to-sign");
  await expect(page.getByLabel("Full name")).toHaveValue("Hugo Comox");
  await page.getByRole("button", { name: "Review before signing" }).click();
  await expect(page.getByTestId("lif-review")).toContainText("2025-05-02: district Director of HR; local Local president");
  await page.getByRole("button", { name: "Confirm and sign as district" }).click();
  await expect(page.getByTestId("lif-status")).toHaveText("signed-by-district");

  await officer.reload();
  await officer.getByLabel("Full name").fill("Omar Officer");
  await officer.getByLabel("Title").fill("President, CUPE Local 439");
  await officer.getByRole("button", { name: "Review before signing" }).click();
  await expect(officer.getByTestId("lif-review-full-name")).toHaveText("Omar Officer");
  await expect(officer.getByTestId("lif-review")).toContainText("District: Hugo Comox, Director of Human Resources, signed");
  await officer.getByRole("button", { name: "Confirm and sign as local" }).click();
  await expect(officer.getByTestId("lif-status")).toHaveText("signed-by-local");

  // Recording the submission is reviewed and confirmed too.
  await page.reload();
  await page.getByRole("button", { name: "Review before recording the submission" }).click();
  await expect(page.getByTestId("lif-review")).toContainText("Local: Omar Officer, President, CUPE Local 439");
  await page.getByRole("button", { name: /^Confirm: submitted to / }).click();
  await expect(page.getByTestId("lif-status")).toHaveText("submitted");

  const download = officer.waitForEvent("download");
  await officer.getByRole("link", { name: /Download the Confirmation of Genuine Consultation/ }).click();
  const file = await (await download).path();
  const bytes = (await import("node:fs")).readFileSync(file!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pdf = pdfText(bytes).replace(/\s+/g, " ");
  expect(pdf).toContain("Signed: Hugo Comox, Director of Human Resources");
  expect(pdf).toContain("Signed: Omar Officer, President, CUPE Local 439");
  await officer.close();
});

test("the LIF pages have no accessibility violations and another local's officer is refused", async ({ page }) => {
  await login(page, "officer.cupe439@accord.test");
  await page.goto("/lif");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  const href = (await page.getByRole("link", { name: "2024-25" }).getAttribute("href"))!;
  await page.goto(href);
  await expect(page.getByTestId("lif-status")).toHaveText("submitted");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await login(page, "officer.ktta@accord.test");
  expect((await page.goto(href))?.status()).toBe(404);
  expect((await page.request.get(`${href}/form`)).status()).toBe(404);
  // Stewards are not parties to the consultation, even of the same local (issue 14).
  await login(page, "steward.cupe439@accord.test");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "LIF consultations" })).toHaveCount(0);
  expect((await page.goto(href))?.status()).toBe(404);
  expect((await page.goto("/lif"))?.status()).toBe(404);
  expect((await page.request.get(`${href}/form`)).status()).toBe(404);
});
