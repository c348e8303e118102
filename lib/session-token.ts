import { createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { EncryptJWT, base64url, calculateJwkThumbprint, type JWTPayload } from "jose";

/**
 * Auth.js session tokens (JWE, "dir" with A256CBC-HS512, key derived by HKDF-SHA256 from AUTH_SECRET with the cookie
 * name as salt), in the same format as Auth.js's own encode/decode, so tokens pass freely between the two. What
 * differs is the cost: the derived key and its thumbprint are computed once per secret and cookie name instead of on
 * every call, and decoding uses node:crypto directly. Both run on every request (proxy.ts and lib/dal/session.ts).
 */

const ALG = "dir";
const ENC = "A256CBC-HS512";
/** Seconds of clock difference tolerated on exp and nbf, as Auth.js does. */
const CLOCK_TOLERANCE_S = 15;
/** Auth.js's default token lifetime when none is given (the app always gives its 8 hours). */
const DEFAULT_MAX_AGE_S = 30 * 24 * 3600;

interface DerivedKey { key: Uint8Array; kid: string }
const derived = new Map<string, Promise<DerivedKey>>();

/** The 64-byte key Auth.js derives for A256CBC-HS512 from a secret and a salt (the cookie name), with its JWK thumbprint. */
function derivedKey(secret: string, salt: string): Promise<DerivedKey> {
  const id = `${salt}\u0000${secret}`;
  let k = derived.get(id);
  if (!k) {
    k = (async () => {
      const key = new Uint8Array(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64));
      return { key, kid: await calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) }, "sha512") };
    })();
    derived.set(id, k);
  }
  return k;
}

const asList = (secret: string | string[]) => (Array.isArray(secret) ? secret : [secret]);

/** Encodes a token as Auth.js does: iat now, exp now + maxAge, a fresh jti; other claims as given. `now` in seconds, for tests. */
export async function encodeSessionToken(params: { token?: JWTPayload; secret: string | string[]; salt: string; maxAge?: number; now?: number }): Promise<string> {
  const { key, kid } = await derivedKey(asList(params.secret)[0], params.salt);
  const now = params.now ?? Math.floor(Date.now() / 1000);
  return new EncryptJWT({ ...(params.token ?? {}) })
    .setProtectedHeader({ alg: ALG, enc: ENC, kid })
    .setIssuedAt(now)
    .setExpirationTime(now + (params.maxAge ?? DEFAULT_MAX_AGE_S))
    .setJti(crypto.randomUUID())
    .encrypt(key);
}

/** Decrypts one compact JWE with a 64-byte A256CBC-HS512 key (RFC 7518 §5.2); null when anything does not verify. */
function decrypt(parts: string[], key: Uint8Array): Buffer | null {
  const [header, encryptedKey, ivB64, ciphertextB64, tagB64] = parts;
  if (encryptedKey !== "") return null;
  const iv = Buffer.from(ivB64, "base64url");
  const ciphertext = Buffer.from(ciphertextB64, "base64url");
  const tag = Buffer.from(tagB64, "base64url");
  if (iv.length !== 16 || tag.length !== 32 || ciphertext.length === 0 || ciphertext.length % 16 !== 0) return null;
  const aad = Buffer.from(header, "ascii");
  const al = Buffer.alloc(8);
  al.writeBigUInt64BE(BigInt(aad.length * 8));
  const mac = createHmac("sha512", key.subarray(0, 32)).update(aad).update(iv).update(ciphertext).update(al).digest().subarray(0, 32);
  if (!timingSafeEqual(mac, tag)) return null;
  try {
    const decipher = createDecipheriv("aes-256-cbc", key.subarray(32, 64), iv);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    return null;
  }
}

/**
 * The claims of a valid, unexpired session token, or null (malformed, another key or cookie name, tampered with,
 * expired, not yet valid). Never throws for a bad token: a bad cookie is no session. `now` in seconds, for tests.
 */
export async function decodeSessionToken(params: { token?: string; secret: string | string[]; salt: string; now?: number }): Promise<JWTPayload | null> {
  const parts = params.token?.split(".");
  if (!parts || parts.length !== 5) return null;
  let header: { alg?: unknown; enc?: unknown; kid?: unknown; zip?: unknown; crit?: unknown };
  try {
    header = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (header.alg !== ALG || header.enc !== ENC || header.zip !== undefined || header.crit !== undefined) return null;
  for (const secret of asList(params.secret)) {
    const { key, kid } = await derivedKey(secret, params.salt);
    if (header.kid !== undefined && header.kid !== kid) continue;
    const plain = decrypt(parts, key);
    if (!plain) continue;
    let claims: unknown;
    try {
      claims = JSON.parse(plain.toString("utf8"));
    } catch {
      return null;
    }
    if (!claims || typeof claims !== "object" || Array.isArray(claims)) return null;
    const c = claims as JWTPayload;
    const now = params.now ?? Math.floor(Date.now() / 1000);
    if (typeof c.exp !== "number" || c.exp <= now - CLOCK_TOLERANCE_S) return null;
    if (c.nbf !== undefined && (typeof c.nbf !== "number" || c.nbf > now + CLOCK_TOLERANCE_S)) return null;
    return c;
  }
  return null;
}
