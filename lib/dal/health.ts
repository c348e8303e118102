import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { log } from "@/lib/log";

export type Health = { ok: true } | { ok: false; reason: string };

/** The database answers and every migration in prisma/migrations is applied (finished) — for a load balancer. */
export async function checkHealth(migrationsDir = path.join(process.cwd(), "prisma", "migrations")): Promise<Health> {
  try {
    const expected = (await readdir(/*turbopackIgnore: true*/ migrationsDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    const prisma = await db();
    const rows = await prisma.$queryRaw<Array<{ migration_name: string }>>`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    const missing = expected.filter((m) => !applied.has(m));
    return missing.length ? { ok: false, reason: `${missing.length} migration(s) not applied` } : { ok: true };
  } catch (err) {
    log.error({ err }, "health check: database unreachable");
    return { ok: false, reason: "database unreachable" };
  }
}
