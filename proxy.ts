import { NextResponse, type NextRequest } from "next/server";
import { needsRenewal, readSession, renewedCookie } from "@/lib/session-cookie";
import { contentSecurityPolicy, HSTS } from "@/lib/security-headers";
import { isForeignServerAction } from "@/lib/action-origin";
import { hasControlCharacters } from "@/lib/url-safety";

// Sends signed-out visitors to /login?callbackUrl=<the page asked for>, gives every page its CSP nonce, and
// re-issues the session token once it is 15 minutes old, so that the 8-hour limit counts from the last request
// (rolling). It only redirects: whether the session is still valid (session version) and what the user may see is
// decided in lib/dal by every page and action. This instance has no database access, so a revoked token is refused
// there, not here. The token is read with lib/session-cookie (same format as Auth.js, a fraction of the cost of a
// full Auth.js session call on every request).

const PUBLIC = [/^\/login(\/|$)/, /^\/api\/auth(\/|$)/, /^\/api\/ics(\/|$)/, /^\/api\/health$/];

async function withSession(req: NextRequest) {
  const path = req.nextUrl.pathname;
  const session = await readSession(req.cookies.getAll());
  if (!session && !PUBLIC.some((p) => p.test(path))) {
    const login = new URL("/login", req.nextUrl.origin);
    login.searchParams.set("callbackUrl", path + req.nextUrl.search);
    return NextResponse.redirect(login);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = req.headers.get("x-forwarded-proto") === "https" || req.nextUrl.protocol === "https:";
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("Content-Security-Policy", csp);
  if (https) res.headers.set("Strict-Transport-Security", HSTS);
  // Auth.js's own routes write the session cookie themselves (sign-in, sign-out).
  if (session && needsRenewal(session) && !path.startsWith("/api/auth")) {
    const c = await renewedCookie(session);
    res.cookies.set(c.name, c.value, c.options);
  }
  return res;
}

/**
 * A server action sent from another origin gets 403 here (the framework would answer 500), an address with control
 * characters 400 (PostgreSQL would refuse a NUL byte with a 500); the rest goes on.
 */
export default function proxy(req: NextRequest) {
  if (isForeignServerAction(req.method, req.headers)) return new NextResponse("Forbidden: this form was sent from another site.", { status: 403 });
  if (hasControlCharacters(req.nextUrl)) return new NextResponse("Bad request: the address contains characters that are not allowed.", { status: 400 });
  return withSession(req);
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|robots.txt|manifest.webmanifest|.*\\.(?:png|svg|ico|woff2)$).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }],
    },
  ],
};
