import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { request, type APIRequestContext } from "@playwright/test";
import { test, expect } from "./fixtures";
import { DEMO_PASSWORD } from "../lib/demo/accounts";
import { ACCOUNTS, ROUTES, SIGNED_OUT, type Account, type Expect, type Ids } from "./route-matrix.data";

const APP = join(process.cwd(), "app");

/** Every page and route handler of app/ as its URL pattern (route groups removed). */
function appRoutes(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return appRoutes(p);
    if (!/^(page\.tsx|route\.ts)$/.test(d.name)) return [];
    const segs = relative(APP, dir).split(sep).filter((s) => s && !/^\(.*\)$/.test(s));
    return ["/" + segs.join("/")];
  });
}

test("every page and route handler of app/ is in the route matrix (e2e/route-matrix.data.ts)", () => {
  const known = new Set(ROUTES.map((r) => r.pattern.replace(/ \(.*\)$/, "")));
  expect(appRoutes().filter((r) => !known.has(r))).toEqual([]);
});

/** Signs in through the Auth.js credentials endpoint; the context keeps the session cookie. */
async function session(baseURL: string, email: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const r = await ctx.post("/api/auth/callback/credentials", { form: { email, password: DEMO_PASSWORD, csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
  expect(r.status(), `sign-in of ${email}`).toBeLessThan(400);
  expect((await ctx.storageState()).cookies.some((c) => c.name.endsWith("authjs.session-token")), `session cookie of ${email}`).toBe(true);
  return ctx;
}

/** The kind of answer: a redirect to /login, the "Not permitted" page, or the status. */
async function answer(ctx: APIRequestContext, path: string): Promise<Expect | number> {
  const r = await ctx.get(path, { maxRedirects: 0 });
  const s = r.status();
  if (s >= 300 && s < 400) return /\/login(\?|$)/.test(r.headers()["location"] ?? "") ? "login" : s;
  if (s === 200 && (r.headers()["content-type"] ?? "").includes("text/html") && (await r.text()).includes(">Not permitted</h1>")) return "F";
  return s;
}

test("role × route × tenant matrix: every demo account gets the expected answer for a record of each district", async ({ baseURL }) => {
  test.setTimeout(600_000);
  const ids = JSON.parse(execFileSync("npx", ["tsx", "e2e/matrix-ids.ts"], { encoding: "utf8" }).trim().split("\n").pop()!) as Ids;
  const tally = { requests: 0, leaks: 0, wrongDenials: 0, serverErrors: 0, otherMismatches: 0, skipped: 0 };
  const failures: string[] = [];
  const record = (who: string, path: string, want: Expect, got: Expect | number) => {
    tally.requests++;
    if (typeof got === "number" && got >= 500) tally.serverErrors++;
    if (got === want) return;
    if (got === 200 && want !== 200) tally.leaks++;
    else if (want === 200) tally.wrongDenials++;
    else if (!(typeof got === "number" && got >= 500)) tally.otherMismatches++;
    failures.push(`${who} ${path}: expected ${want}, got ${got}`);
  };
  const anon = await request.newContext({ baseURL });
  for (const route of ROUTES) {
    for (const t of route.tenants) {
      const path = route.path(ids, t);
      if (!path) { tally.skipped++; continue; }
      record("signed out", path, SIGNED_OUT[route.pattern] ?? "login", await answer(anon, path));
    }
  }
  for (const [account, email] of Object.entries(ACCOUNTS) as Array<[Account, string]>) {
    const ctx = await session(baseURL!, email);
    for (const route of ROUTES) {
      for (const t of route.tenants) {
        const path = route.path(ids, t);
        if (!path) { tally.skipped++; continue; }
        record(email, path, route.expect(account, t), await answer(ctx, path));
      }
    }
    await ctx.dispose();
  }
  console.log(failures.join("\n"));
  console.log(`route matrix: ${tally.requests} requests, ${tally.leaks} leaks, ${tally.wrongDenials} wrong denials, ${tally.serverErrors} 5xx, ${tally.otherMismatches} other mismatches (${tally.skipped} cells without a seeded record)`);
  expect(failures).toEqual([]);
});
