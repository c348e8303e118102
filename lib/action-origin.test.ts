import { describe, expect, it } from "vitest";
import proxy from "@/proxy";
import { NextRequest } from "next/server";
import { isForeignServerAction } from "./action-origin";

const post = (path: string, headers: Record<string, string>) =>
  new NextRequest(`http://localhost:3000${path}`, { method: "POST", headers: { host: "localhost:3000", ...headers } });

describe("server actions from another origin are refused with 403, not a 500", () => {
  it("refuses a foreign, a null and a missing Origin on a Next-Action POST", async () => {
    for (const origin of ["http://evil.example", "null", undefined]) {
      const h: Record<string, string> = { "next-action": "7f00aa", cookie: "authjs.session-token=x" };
      if (origin) h.origin = origin;
      expect((await proxy(post("/employees/new", h)))?.status).toBe(403);
      expect((await proxy(post("/login", h)))?.status).toBe(403);
    }
  });
  it("lets the app's own origin, forwarded host and ordinary requests through", () => {
    expect(isForeignServerAction("POST", new Headers({ "next-action": "1", host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(false);
    expect(isForeignServerAction("POST", new Headers({ "next-action": "1", host: "127.0.0.1:3000", "x-forwarded-host": "accord.example", origin: "https://accord.example" }))).toBe(false);
    expect(isForeignServerAction("POST", new Headers({ host: "localhost:3000", origin: "http://evil.example" }))).toBe(false);
    expect(isForeignServerAction("GET", new Headers({ "next-action": "1", host: "localhost:3000" }))).toBe(false);
  });
  it("still sends a visitor without a session to the sign-in page, and lets /login through", async () => {
    process.env.AUTH_SECRET ??= "unit-test-secret-0123456789abcdef0123";
    const get = (p: string) => new NextRequest(`http://localhost:3000${p}`);
    expect((await proxy(get("/employees")))?.headers.get("location")).toBe("http://localhost:3000/login?callbackUrl=%2Femployees");
    expect((await proxy(get("/login")))?.headers.get("location")).toBeNull();
  });
});
