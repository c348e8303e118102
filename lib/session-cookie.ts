import type { JWTPayload } from "jose";
import { SESSION_MAX_AGE_S, SESSION_UPDATE_AGE_S } from "@/lib/auth.config";
import { decodeSessionToken, encodeSessionToken } from "@/lib/session-token";

/** The session cookie's names as Auth.js writes them: the __Secure- one over https, the plain one over http. */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

export interface CookieLike { name: string; value: string }
export interface Session { cookieName: string; claims: JWTPayload & { uid?: unknown; sv?: unknown } }

/**
 * The session cookie among a request's cookies, secure name first. A token too long for one cookie is written by
 * Auth.js in chunks (<name>.0, <name>.1, …), joined here in order.
 */
export function sessionCookie(cookies: CookieLike[]): { name: string; value: string } | null {
  for (const name of SESSION_COOKIE_NAMES) {
    const whole = cookies.find((c) => c.name === name);
    if (whole?.value) return { name, value: whole.value };
    const chunks = cookies
      .map((c) => ({ c, i: c.name.startsWith(`${name}.`) ? Number(c.name.slice(name.length + 1)) : NaN }))
      .filter((x) => Number.isInteger(x.i) && x.i >= 0)
      .sort((a, b) => a.i - b.i);
    if (chunks.length) return { name, value: chunks.map((x) => x.c.value).join("") };
  }
  return null;
}

const secret = () => process.env.AUTH_SECRET ?? "";

/** The valid session in a request's cookies (signature, key, expiry checked; not the session version), or null. */
export async function readSession(cookies: CookieLike[], now?: number): Promise<Session | null> {
  const c = sessionCookie(cookies);
  if (!c || !secret()) return null;
  const claims = await decodeSessionToken({ token: c.value, secret: secret(), salt: c.name, now });
  return claims?.uid ? { cookieName: c.name, claims } : null;
}

/** A token issued SESSION_UPDATE_AGE_S or more ago is re-issued, so the session lasts 8 hours from the last request. */
export function needsRenewal(session: Session, now = Math.floor(Date.now() / 1000)): boolean {
  return typeof session.claims.iat !== "number" || now - session.claims.iat >= SESSION_UPDATE_AGE_S;
}

/** The same claims in a fresh token (new iat, exp and jti), for the same cookie name, and the cookie's attributes. */
export async function renewedCookie(session: Session) {
  const { iat: _iat, exp: _exp, jti: _jti, ...token } = session.claims;
  const value = await encodeSessionToken({ token, secret: secret(), salt: session.cookieName, maxAge: SESSION_MAX_AGE_S });
  return {
    name: session.cookieName,
    value,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: session.cookieName.startsWith("__Secure-"), maxAge: SESSION_MAX_AGE_S },
  };
}
