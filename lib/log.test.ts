import { describe, expect, it } from "vitest";
import { createLog, requestLog } from "./log";
import { logRequestError } from "./request-error-log";

/** A logger writing into an array of parsed JSON lines. */
function capture() {
  const lines: Array<Record<string, unknown>> = [];
  return { lines, logger: createLog({ write: (s: string) => void lines.push(JSON.parse(s)) }) };
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("logs (pino)", () => {
  it("redacts email, password, token and secret fields, at the top level and one level down", () => {
    const { lines, logger } = capture();
    logger.warn({ email: "ida.lee@sd73.example", password: "hunter2", token: "ics-abc", user: { email: "x@y.example", secret: "s" }, employeeNumber: "730010" }, "sign-in failed");
    const [l] = lines;
    expect(l).toMatchObject({ email: "[redacted]", password: "[redacted]", token: "[redacted]", user: { email: "[redacted]", secret: "[redacted]" }, employeeNumber: "730010", level: 40, app: "accord" });
    expect(JSON.stringify(lines)).not.toMatch(/ida\.lee|hunter2|ics-abc|x@y/);
  });

  it("carries the incoming x-request-id, or a new uuid", () => {
    const { lines, logger } = capture();
    requestLog(new Headers({ "x-request-id": "req-42" }), logger).info("a");
    requestLog({}, logger).info("b");
    expect(lines[0].requestId).toBe("req-42");
    expect(lines[1].requestId).toMatch(UUID);
  });

  it("logs a server error at level error with request id, path, method, digest and cause, and no cookie, query or feed token", () => {
    const { lines, logger } = capture();
    const err = Object.assign(new Error("relation \"Grievance\" does not exist"), { digest: "1234567" });
    const headers = { "x-request-id": "req-7", cookie: "authjs.session-token=SESSION", "x-forwarded-for": "10.0.0.1" };
    logRequestError(err, { path: "/api/ics/tok_SECRET123?email=ida.lee@sd73.example", method: "GET", headers }, { routePath: "/api/ics/[token]", routeType: "route" }, logger);
    logRequestError(new Error("boom"), { path: "/grievances/g1", method: "POST", headers: {} }, { routePath: "/grievances/[id]", routeType: "action" }, logger);
    expect(lines[0]).toMatchObject({ level: 50, requestId: "req-7", path: "/api/ics/[redacted]", route: "/api/ics/[token]", method: "GET", digest: "1234567", msg: "server error" });
    expect((lines[0].err as { message: string }).message).toBe('relation "Grievance" does not exist');
    expect(JSON.stringify(lines)).not.toMatch(/SESSION|SECRET123|ida\.lee|10\.0\.0\.1/);
    expect(lines[1]).toMatchObject({ level: 50, path: "/grievances/g1", method: "POST" });
    expect(lines[1].requestId).toMatch(UUID);
  });
});
