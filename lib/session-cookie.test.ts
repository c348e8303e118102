import { beforeAll, describe, expect, it } from "vitest";
import { decode as authDecode, encode as authEncode } from "next-auth/jwt";
import { needsRenewal, readSession, renewedCookie, sessionCookie } from "./session-cookie";

const secret = "unit-test-secret-0123456789abcdef0123";
beforeAll(() => {
  process.env.AUTH_SECRET = secret;
});

describe("the session cookie", () => {
  it("prefers the __Secure- cookie and joins chunks <name>.0, <name>.1 in order", () => {
    expect(sessionCookie([{ name: "authjs.session-token", value: "plain" }, { name: "__Secure-authjs.session-token", value: "secure" }])).toEqual({ name: "__Secure-authjs.session-token", value: "secure" });
    expect(sessionCookie([{ name: "authjs.session-token.1", value: "cd" }, { name: "authjs.session-token.0", value: "ab" }, { name: "other", value: "x" }])).toEqual({ name: "authjs.session-token", value: "abcd" });
    expect(sessionCookie([{ name: "authjs.csrf-token", value: "x" }])).toBeNull();
  });

  it("reads a session Auth.js issued at sign-in, and no session from a token for the other cookie name", async () => {
    const token = await authEncode({ token: { uid: "u1", sv: 2 }, secret, salt: "authjs.session-token", maxAge: 8 * 3600 });
    const s = await readSession([{ name: "authjs.session-token", value: token }]);
    expect(s?.claims).toMatchObject({ uid: "u1", sv: 2 });
    expect(await readSession([{ name: "__Secure-authjs.session-token", value: token }])).toBeNull();
  });

  it("a token is re-issued once it is 15 minutes old (sessions end 8 hours after the last request, give or take 15 minutes)", async () => {
    const token = await authEncode({ token: { uid: "u1", sv: 2 }, secret, salt: "authjs.session-token", maxAge: 8 * 3600 });
    const s = (await readSession([{ name: "authjs.session-token", value: token }]))!;
    const iat = s.claims.iat!;
    expect(needsRenewal(s, iat + 15 * 60 - 1)).toBe(false);
    expect(needsRenewal(s, iat + 15 * 60)).toBe(true);
  });

  it("the renewed cookie keeps the claims and name, with a new 8-hour expiry Auth.js reads", async () => {
    const old = await authEncode({ token: { uid: "u1", sv: 2, email: "a@accord.test" }, secret, salt: "__Secure-authjs.session-token", maxAge: 60 });
    const s = (await readSession([{ name: "__Secure-authjs.session-token", value: old }]))!;
    const c = await renewedCookie(s);
    expect(c.name).toBe("__Secure-authjs.session-token");
    expect(c.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: true, maxAge: 8 * 3600 });
    const got = await authDecode({ token: c.value, secret, salt: c.name });
    expect(got).toMatchObject({ uid: "u1", sv: 2, email: "a@accord.test" });
    expect(got!.exp! - got!.iat!).toBe(8 * 3600);
    expect(got!.jti).not.toBe(s.claims.jti);
  });
});
