import { describe, expect, it } from "vitest";
import { decode as authDecode, encode as authEncode } from "next-auth/jwt";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

const secret = "unit-test-secret-0123456789abcdef0123";
const salt = "authjs.session-token";
const claims = { uid: "u1", sv: 3, email: "steward.ktta@accord.test", sub: "u1" };

/** Flips one character of a base64url part of a compact JWE. */
function tamper(token: string, part: number) {
  const parts = token.split(".");
  const p = parts[part];
  parts[part] = (p[0] === "A" ? "B" : "A") + p.slice(1);
  return parts.join(".");
}

describe("session tokens in Auth.js's format", () => {
  it("reads a token Auth.js issued, claims and expiry included", async () => {
    const token = await authEncode({ token: claims, secret, salt, maxAge: 8 * 3600 });
    const got = await decodeSessionToken({ token, secret, salt });
    expect(got).toMatchObject(claims);
    expect(got!.exp! - got!.iat!).toBe(8 * 3600);
  });

  it("issues tokens Auth.js reads (same key derivation, header and kid)", async () => {
    const token = await encodeSessionToken({ token: claims, secret, salt, maxAge: 60 });
    const got = await authDecode({ token, secret, salt });
    expect(got).toMatchObject(claims);
    expect(got!.exp! - got!.iat!).toBe(60);
    expect(typeof got!.jti).toBe("string");
  });

  it("refuses a token made with another secret or for another cookie name (the salt)", async () => {
    const token = await encodeSessionToken({ token: claims, secret, salt, maxAge: 60 });
    expect(await decodeSessionToken({ token, secret: secret + "x", salt })).toBeNull();
    expect(await decodeSessionToken({ token, secret, salt: "__Secure-authjs.session-token" })).toBeNull();
  });

  it("accepts a token made with an older secret while it is still listed (secret rotation)", async () => {
    const token = await encodeSessionToken({ token: claims, secret: "old-secret-0123456789abcdef0123456789", salt, maxAge: 60 });
    expect(await decodeSessionToken({ token, secret: [secret, "old-secret-0123456789abcdef0123456789"], salt })).toMatchObject(claims);
  });

  it("refuses a token with any part changed: header, iv, ciphertext or tag", async () => {
    const token = await encodeSessionToken({ token: claims, secret, salt, maxAge: 60 });
    for (const part of [0, 2, 3, 4]) expect(await decodeSessionToken({ token: tamper(token, part), secret, salt }), `part ${part}`).toBeNull();
    expect(await decodeSessionToken({ token: token.split(".").slice(0, 4).join("."), secret, salt })).toBeNull();
    expect(await decodeSessionToken({ token: "not-a-token", secret, salt })).toBeNull();
    expect(await decodeSessionToken({ token: undefined, secret, salt })).toBeNull();
  });

  it("refuses a header other than dir/A256CBC-HS512 even with valid parts", async () => {
    const token = await encodeSessionToken({ token: claims, secret, salt, maxAge: 60 });
    const parts = token.split(".");
    const header = JSON.parse(Buffer.from(parts[0], "base64url").toString());
    parts[0] = Buffer.from(JSON.stringify({ ...header, enc: "A128CBC-HS256" })).toString("base64url");
    expect(await decodeSessionToken({ token: parts.join("."), secret, salt })).toBeNull();
  });

  it("refuses an expired token, allowing 15 seconds of clock difference", async () => {
    const token = await encodeSessionToken({ token: claims, secret, salt, maxAge: 60 });
    const { exp } = (await decodeSessionToken({ token, secret, salt }))!;
    expect(await decodeSessionToken({ token, secret, salt, now: exp! + 14 })).not.toBeNull();
    expect(await decodeSessionToken({ token, secret, salt, now: exp! + 15 })).toBeNull();
  });
});
