// The library on the embedded database (PGlite, PostgreSQL 18 in WASM), which `npm start` uses by default:
// the migrations (generated tsvector column, GIN index) apply, the import runs, and search ranks as on PostgreSQL.
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { AGREEMENTS, LOCALS, ORGANIZATIONS } from "@/lib/demo/accounts";
import { importAgreementArticles } from "@/prisma/import-articles";
import type { Actor } from "./actor";

const pg = new PGlite();
const prisma = new PrismaClient({ adapter: new PrismaPGlite(pg) });
(globalThis as unknown as { __accordPrisma?: Promise<PrismaClient> }).__accordPrisma = Promise.resolve(prisma);
const day = (iso: string) => new Date(iso + "T00:00:00Z");

afterAll(async () => {
  await prisma.$disconnect();
  await pg.close();
});

describe("agreement library on embedded PGlite", () => {
  it("migrates, imports both agreements, and ranks B.2 and C.14 first for 'teacher teaching on call'", async () => {
    for (const dir of readdirSync("prisma/migrations").filter((d) => /^\d/.test(d)).sort()) {
      await pg.exec(readFileSync(`prisma/migrations/${dir}/migration.sql`, "utf8"));
    }
    const ids: string[] = [];
    for (const a of AGREEMENTS) {
      const o = ORGANIZATIONS.find((x) => x.code === a.organization)!;
      const l = LOCALS.find((x) => x.code === a.local)!;
      const org = await prisma.organization.create({ data: o });
      const local = await prisma.unionLocal.create({ data: l });
      const ag = await prisma.agreement.create({
        data: { rulesId: a.rulesId, title: a.title, bargainingUnit: a.bargainingUnit, termStart: day(a.termStart), termEnd: day(a.termEnd), organizationId: org.id, localId: local.id },
      });
      ids.push(ag.id);
    }
    const summary = await importAgreementArticles(prisma);
    expect(summary.map((s) => s.created)).toEqual([163, 183]);

    const { searchArticles } = await import("./library-search");
    const actor: Actor = { userId: "u", email: "e@x", name: null, memberships: [], agreementIds: ids, organizationIds: [], districtRules: [], agreementRules: {} };
    const hits = await searchArticles(actor, { q: "teacher teaching on call", agreement: "sd73-teachers" });
    expect(new Set(hits.slice(0, 2).map((h) => h.articleId))).toEqual(new Set(["B.2", "C.14"]));
    const phrase = await searchArticles(actor, { q: '"severance pay"', agreement: "sd71-cupe439" });
    expect(phrase[0].articleId).toBe("17.08");
  }, 180_000);
});
