// Bad input never answers 500 (issue 14): every page and route handler of the route matrix, requested as an
// administrator with hostile query strings — NUL and other control characters, bidirectional overrides, very long
// values, impossible dates and numbers, repeated keys — must answer a page, a 4xx or a redirect.
import { execFileSync } from "node:child_process";
import { request } from "@playwright/test";
import { test, expect } from "./fixtures";
import { DEMO_PASSWORD } from "../lib/demo/accounts";
import { ROUTES, type Ids } from "./route-matrix.data";

/** Query parameter names the pages and route handlers read (and a few they do not). */
const NAMES = [
  "q", "page", "lpage", "status", "type", "sort", "dir", "agreement", "article", "ttoc", "preview", "approved", "saved",
  "deleted", "confirmed", "classification", "organizationId", "a", "b", "month", "from", "to", "asOf", "date", "due",
  "kind", "entity", "action", "local", "district", "effectiveDate", "fte", "step", "category", "start", "end",
];

const VALUES = [
  "\u0000", "a\u0000b", "\u0001\u001f\u007f", "\u202Eevil\u202C", "\u2066x\u2069", "x".repeat(5000), "99999-12-31",
  "line\r\nbreak\ttab", "0000-00-00", "2025-02-30", "-1", "1e309", "NaN", "9".repeat(40), "../../../etc/passwd", "<script>alert(1)</script>",
  "'; DROP TABLE employee; --", "%", "\uD800", "[]", "{}",
];

test("hostile query strings on every route answer a page, a 4xx or a redirect — never a 5xx", async ({ baseURL }) => {
  test.setTimeout(600_000);
  const ids = JSON.parse(execFileSync("npx", ["tsx", "e2e/matrix-ids.ts"], { encoding: "utf8" }).trim().split("\n").pop()!) as Ids;
  const ctx = await request.newContext({ baseURL });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  await ctx.post("/api/auth/callback/credentials", { form: { email: "admin@accord.test", password: DEMO_PASSWORD, csrfToken, callbackUrl: "/" }, maxRedirects: 0 });

  const failures: string[] = [];
  let requests = 0;
  for (const route of ROUTES) {
    if (route.pattern.startsWith("/api/auth")) continue; // Auth.js's own endpoints
    const path = route.path(ids, route.tenants[0]);
    if (!path) continue;
    for (const value of VALUES) {
      const url = new URL(path, "http://x");
      for (const name of NAMES) url.searchParams.append(name, value);
      url.searchParams.append("page", "2"); // a repeated key arrives as an array
      const r = await ctx.get(url.pathname + url.search, { maxRedirects: 0 });
      requests++;
      if (r.status() >= 500) failures.push(`${r.status()} ${route.pattern} with ${JSON.stringify(value.slice(0, 20))}`);
    }
    // Every key given twice: pages receive arrays, which must not reach a query.
    const twice = new URL(path, "http://x");
    for (const name of NAMES) { twice.searchParams.append(name, "1"); twice.searchParams.append(name, "x"); }
    const rt = await ctx.get(twice.pathname + twice.search, { maxRedirects: 0 });
    requests++;
    if (rt.status() >= 500) failures.push(`${rt.status()} ${route.pattern} with every key repeated`);
    // A NUL byte in the path itself.
    const r = await ctx.get(path + "%00", { maxRedirects: 0 });
    requests++;
    if (r.status() >= 500) failures.push(`${r.status()} ${route.pattern} with %00 in the path`);
  }
  console.log(`fuzz: ${requests} requests, ${failures.length} answered 5xx`);
  expect(failures).toEqual([]);
  await ctx.dispose();
});
