import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkHealth } from "./health";
import { GET } from "@/app/api/health/route";

const dir = mkdtempSync(path.join(tmpdir(), "accord-migrations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("health check", () => {
  it("answers 200 {status: ok} when the database is reachable and every migration is applied", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("reports not healthy (503 at the route) when a migration on disk is missing from the database", async () => {
    cpSync(path.join(process.cwd(), "prisma", "migrations"), dir, { recursive: true });
    mkdirSync(path.join(dir, "29991231000000_not_yet_applied"));
    expect(await checkHealth(dir)).toEqual({ ok: false, reason: "1 migration(s) not applied" });
  });
});
