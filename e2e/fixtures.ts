import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../lib/demo/accounts";

export { expect };

export async function login(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible({ timeout: 30_000 }); // a cold server is slow to answer the first sign-in
}

/** A unique employee number per run, so reruns never collide; global teardown removes them. */
export const e2eNumber = (n: number) => `E2E${Date.now().toString(36).toUpperCase().slice(-6)}${n}`;

export const test = base;
