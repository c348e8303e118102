import pg from "pg";
import bcrypt from "bcryptjs";
import { request, type Browser, type Page } from "@playwright/test";
import { test, expect, login } from "./fixtures";
import { existsSync, readFileSync } from "node:fs";
import { DEMO_PASSWORD } from "../lib/demo/accounts";
import { decodeSessionToken, encodeSessionToken } from "../lib/session-token";

// Sign-out that ends the session on the server, guessing throttled per account, security headers, the return to
// the page asked for after sign-in, and pages that load under the Content-Security-Policy without a violation.

const run = Date.now().toString(36);
const THROWAWAY = `e2e-lockout-${run}@accord.invalid`;
const CALCULATOR = "/calculators/sd73-teachers/ttoc-day-pay?date=2024-09-09&certificated=true&category=5&step=5&callouts=1";
let ids: { period: string; lif: string; employeeNumber: string };

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  // A throwaway account to lock, so the shared demo accounts stay usable by every other spec.
  await sql(`INSERT INTO "user" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'Lockout Test', $3, now())`, [`e2e${run}`, THROWAWAY, await bcrypt.hash(DEMO_PASSWORD, 10)]);
  const [p] = await sql<{ id: string; n: string }>(`SELECT l."periodId" id, e."employeeNumber" n FROM pay_line l JOIN employee e ON e.id = l."employeeId" JOIN pay_period p ON p.id = l."periodId" ORDER BY p."startDate", e."employeeNumber" LIMIT 1`);
  const [l] = await sql<{ id: string }>(`SELECT id FROM lif_consultation ORDER BY "schoolYear" LIMIT 1`);
  ids = { period: p.id, employeeNumber: p.n, lif: l.id };
});

test.afterAll(async () => {
  await sql(`DELETE FROM sign_in_attempt WHERE email = $1`, [THROWAWAY]);
  await sql(`DELETE FROM audit_event WHERE "userId" = $1`, [`e2e${run}`]);
  await sql(`DELETE FROM "user" WHERE id = $1`, [`e2e${run}`]);
});

async function signInAs(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("signing out ends the session on the server: a copy of the old cookie opens no page and no /api/auth/session", async ({ page, browser }) => {
  await login(page, "hr.sd73@accord.test");
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toBeTruthy();
  expect((await (await page.request.get("/api/auth/session")).json())?.user?.email).toBe("hr.sd73@accord.test");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  const copy = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await copy.addCookies([session!]);
  const api = await copy.request.get("/api/auth/session");
  expect(await api.json()).toBeNull();
  const p = await copy.newPage();
  await p.goto("/employees");
  await expect(p).toHaveURL(/\/login/);
  await expect(p.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await copy.close();
});

/** The server's AUTH_SECRET, found as scripts/start.mjs finds it (the environment, else the embedded default's file). */
const serverSecret = () => process.env.AUTH_SECRET || (existsSync(".data/auth-secret") ? readFileSync(".data/auth-secret", "utf8").trim() : "");

test("a session is renewed on a request once its token is 15 minutes old, and ends 8 hours after the last one", async ({ page }) => {
  await login(page, "hr.sd73@accord.test");
  const cookie = (await page.context().cookies()).find((c) => c.name === "authjs.session-token")!;
  const secret = serverSecret();
  const claims = (await decodeSessionToken({ token: cookie.value, secret, salt: cookie.name }))!;
  expect(claims.uid).toBeTruthy();
  const { iat: _i, exp: _e, jti: _j, ...token } = claims;
  const now = Math.floor(Date.now() / 1000);
  const asIf = (secondsAgo: number) => encodeSessionToken({ token, secret, salt: cookie.name, maxAge: 8 * 3600, now: now - secondsAgo });
  // Each visit from a new client with only the given token (no cookie jar to carry a renewed one along).
  const visit = async (value: string) => {
    const client = await request.newContext({ baseURL: test.info().project.use.baseURL });
    const r = await client.get("/employees", { headers: { cookie: `${cookie.name}=${value}` }, maxRedirects: 0 });
    const out = { status: r.status(), location: r.headers().location, setCookies: r.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value) };
    await client.dispose();
    return out;
  };
  const renewed = (r: Awaited<ReturnType<typeof visit>>) => r.setCookies.find((v) => v.startsWith(`${cookie.name}=`));

  // Issued 5 minutes ago: served, not re-issued.
  const fresh = await visit(await asIf(5 * 60));
  expect(fresh.status).toBe(200);
  expect(renewed(fresh)).toBeUndefined();
  // Issued 20 minutes ago: served with a new token for 8 hours from now.
  const old = await visit(await asIf(20 * 60));
  expect(old.status).toBe(200);
  const set = renewed(old)!;
  expect(set).toMatch(/HttpOnly/i);
  expect(set).toMatch(/Max-Age=28800/);
  const next = await decodeSessionToken({ token: set.split(";")[0].slice(cookie.name.length + 1), secret, salt: cookie.name });
  expect(next).toMatchObject({ uid: claims.uid, sv: claims.sv });
  expect(next!.exp! - now).toBeGreaterThanOrEqual(8 * 3600 - 5);
  // Last request 8 hours and a minute ago: the token has expired, the visitor signs in again.
  const expired = await visit(await asIf(8 * 3600 + 60));
  expect(expired.status).toBe(307);
  expect(expired.location).toMatch(/\/login\?callbackUrl=%2Femployees/);
});

test("after 5 wrong passwords the account is refused for 15 minutes, even with the right password", async ({ browser }) => {
  // A documentation-range address of its own, so these failures do not count against the test runner's address.
  const ctx = await browser.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${1 + (Date.now() % 250)}` } });
  const page = await ctx.newPage();
  await page.goto("/login");
  const status = page.getByRole("status").filter({ hasText: /\S/ });
  for (let i = 1; i <= 5; i++) {
    await signInAs(page, THROWAWAY, `wrong-${i}`);
    await expect(status).toHaveText("That email and password do not match an account.");
    await page.goto("/login");
  }
  await signInAs(page, THROWAWAY, DEMO_PASSWORD);
  await expect(status).toHaveText(/^Too many failed sign-ins for this account\. Try again after \d\d:\d\d\.$/);
  await expect(page).toHaveURL(/\/login/);
  const audit = await sql<{ action: string; n: string }>(`SELECT action, count(*) n FROM audit_event WHERE "userId" = $1 GROUP BY action`, [`e2e${run}`]);
  expect(Object.fromEntries(audit.map((a) => [a.action, Number(a.n)]))).toEqual({ "sign-in-failed": 5, "sign-in-refused": 1 });
  await ctx.close();
});

test("a signed-out visitor to a shared calculator link signs in and returns to it, query string included", async ({ page }) => {
  await page.goto(CALCULATOR);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(CALCULATOR);
  await signInAs(page, "steward.ktta@accord.test", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "TTOC day pay" })).toBeVisible({ timeout: 30_000 });
  expect(page.url().endsWith(CALCULATOR)).toBe(true);
});

test("a callbackUrl to another site is ignored: sign-in goes to the dashboard", async ({ page }) => {
  await page.goto("/login?callbackUrl=" + encodeURIComponent("https://evil.example/steal"));
  await signInAs(page, "steward.ktta@accord.test", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible({ timeout: 30_000 });
  expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
});

test("security headers on a page, the sign-in page, a PDF and a CSV; HSTS only over https", async ({ page }) => {
  await login(page, "admin@accord.test"); // both districts: the TTOC statement (SD73) and the LIF form (SD71)
  const check = (h: Record<string, string>) => {
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
  };
  const dash = await page.request.get("/");
  check(dash.headers());
  expect(dash.headers()["strict-transport-security"]).toBeUndefined();
  expect((await page.request.get("/", { headers: { "x-forwarded-proto": "https" } })).headers()["strict-transport-security"]).toContain("max-age=");

  const loginRes = await page.request.get("/login");
  check(loginRes.headers());
  expect(loginRes.headers()["cache-control"]).toContain("no-store");
  expect(loginRes.headers()["cache-control"]).not.toContain("s-maxage");

  for (const [path, type] of [
    [`/ttoc/${ids.period}/statement/${ids.employeeNumber}`, "application/pdf"],
    [`/lif/${ids.lif}/form`, "application/pdf"],
    ["/employees/export", "text/csv"],
    [`/ttoc/${ids.period}/export`, "text/csv"],
  ]) {
    const r = await page.request.get(path);
    expect(r.status(), path).toBe(200);
    expect(r.headers()["content-type"]).toContain(type);
    expect(r.headers()["cache-control"], path).toBe("private, no-store");
    expect(r.headers()["x-content-type-options"]).toBe("nosniff");
  }
});

async function cspViolations(browser: Browser, email: string | null, paths: string[]) {
  const ctx = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await ctx.newPage();
  const messages: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy|CSP/i.test(m.text())) messages.push(`${page.url()}: ${m.text()}`);
  });
  if (email) await login(page, email);
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // Next.js's inline scripts (which carry the nonce) define __next_f: they ran.
    expect(await page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown }).__next_f)), path).toBe(true);
  }
  await ctx.close();
  return messages;
}

test("pages load in Chromium with no Content-Security-Policy violation", async ({ browser }) => {
  test.setTimeout(120_000);
  expect(await cspViolations(browser, null, ["/login"])).toEqual([]);
  expect(
    await cspViolations(browser, "hr.sd73@accord.test", ["/", "/grievances", CALCULATOR, "/agreements/sd73-teachers/articles/B.2", `/ttoc/${ids.period}`]),
  ).toEqual([]);
});
