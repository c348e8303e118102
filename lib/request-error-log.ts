// Server errors (Next's onRequestError, instrumentation.ts) as one JSON log line at level error, with a request id.
import type pino from "pino";
import { log, requestLog } from "@/lib/log";

export interface ErrorRequest { path: string; method: string; headers: NodeJS.Dict<string | string[]> }
export interface ErrorContext { routePath: string; routeType: string }

/**
 * The request's path without its query string, and with the segments of secret route parameters (the calendar
 * feed's revocable token, /api/ics/[token]) replaced, so a log never carries a credential. Headers are not logged:
 * they hold the session cookie.
 */
export function loggablePath(path: string, routePath?: string): string {
  const segments = path.split("?")[0].split("/");
  const route = routePath?.split("/") ?? [];
  return segments.map((s, i) => (/^\[+\.*token\]+$/i.test(route[i] ?? "") ? "[redacted]" : s)).join("/");
}

export function logRequestError(err: unknown, req: ErrorRequest, ctx?: ErrorContext, base: pino.Logger = log): void {
  const digest = typeof err === "object" && err && "digest" in err ? String(err.digest) : undefined;
  requestLog(req.headers, base).error(
    { path: loggablePath(req.path, ctx?.routePath), route: ctx?.routePath, routeType: ctx?.routeType, method: req.method, digest, err },
    "server error",
  );
}
