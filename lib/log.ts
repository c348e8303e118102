// Structured JSON logs (pino) for server code: level from LOG_LEVEL, personal data and secrets redacted.
import { createHash, randomUUID } from "node:crypto";
import pino from "pino";

export const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { app: "accord" },
  redact: { paths: ["email", "password", "token", "secret", "*.email", "*.password", "*.token", "*.secret", "req.headers.cookie", "req.headers.authorization"], censor: "[redacted]" },
});

/** A child logger carrying a request id (the incoming x-request-id, or a new one). */
export const requestLog = (headers?: Headers) => log.child({ requestId: headers?.get("x-request-id") ?? randomUUID() });

/** A short one-way hash, to tell repeated failures apart without writing an email address in clear. */
export const fingerprint = (s: string) => createHash("sha256").update(s.trim().toLowerCase()).digest("hex").slice(0, 12);
