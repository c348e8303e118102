import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/env";

/**
 * The one Prisma client, created lazily on first use (never at import, so `next build` opens no database):
 * PostgreSQL through @prisma/adapter-pg when DATABASE_URL is set, embedded PGlite under .data/ otherwise.
 */
async function makeClient(): Promise<PrismaClient> {
  const url = databaseUrl();
  if (url.startsWith("pglite:")) {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const dir = url.slice("pglite:".length);
    return new PrismaClient({ adapter: new PrismaPGlite(dir === "memory" ? new PGlite() : new PGlite(dir)) });
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

const g = globalThis as unknown as { __accordPrisma?: Promise<PrismaClient> };

export function db(): Promise<PrismaClient> {
  return (g.__accordPrisma ??= makeClient());
}
