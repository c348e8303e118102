// Structured JSON logs (pino) for server code: level from LOG_LEVEL, personal data and secrets redacted.
import { createHash, randomUUID } from "node:crypto";
import pino from "pino";

const SECRETS = ["email", "password", "token", "secret", "cookie", "authorization"];
const options: pino.LoggerOptions = {
  level: process.env.LOG_LEVEL ?? "info",
  base: { app: "accord" },
  redact: { paths: [...SECRETS, ...SECRETS.map((k) => `*.${k}`), "req.headers.cookie", "req.headers.authorization"], censor: "[redacted]" },
};

/** A logger with Accord's options; `destination` (e.g. a test's stream) in place of stdout. */
export const createLog = (destination?: pino.DestinationStream): pino.Logger => (destination ? pino(options, destination) : pino(options));

export const log = createLog();

type IncomingHeaders = Headers | NodeJS.Dict<string | string[]>;
const header = (h: IncomingHeaders | undefined, name: string): string | undefined => {
  if (!h) return undefined;
  if (h instanceof Headers) return h.get(name) ?? undefined;
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

/** A child logger carrying a request id (the incoming x-request-id, or a new one). */
export const requestLog = (headers?: IncomingHeaders, base: pino.Logger = log) => base.child({ requestId: header(headers, "x-request-id") || randomUUID() });

/** A short one-way hash, to tell repeated failures apart without writing an email address in clear. */
export const fingerprint = (s: string) => createHash("sha256").update(s.trim().toLowerCase()).digest("hex").slice(0, 12);
