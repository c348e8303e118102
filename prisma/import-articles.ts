// Imports both agreements' texts (prisma/sources/*.txt, copied verbatim from the signed documents) into
// AgreementArticle rows. Repeatable: rows are upserted by (agreement, article id), rows no longer in the source
// are deleted, unchanged rows are left alone, and a change is recorded as one AuditEvent per agreement.
// Run by the seed, or alone: `npm run db:import-articles`.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { parseSd71 } from "../lib/library/parse-sd71";
import { parseSd73 } from "../lib/library/parse-sd73";
import { plainText, type ParsedArticle } from "../lib/library/types";

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "sources");

export const LIBRARY_SOURCES = [
  { rulesId: "sd73-teachers", file: "sd73-kamloops-teachers-2022-2025.txt", parse: parseSd73 },
  { rulesId: "sd71-cupe439", file: "sd71-comox-cupe439-2014-2019.txt", parse: parseSd71 },
] as const;

export function parseSource(rulesId: string): { articles: ParsedArticle[]; sha256: string; file: string } {
  const src = LIBRARY_SOURCES.find((s) => s.rulesId === rulesId);
  if (!src) throw new Error(`no source text for ${rulesId}`);
  const text = readFileSync(path.join(DIR, src.file), "utf8");
  return { articles: src.parse(text), sha256: createHash("sha256").update(text).digest("hex"), file: src.file };
}

/** JSON with object keys sorted: jsonb does not keep key order, so a plain stringify would always differ. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(",")}}`;
  return JSON.stringify(v);
}

type Summary = { rulesId: string; total: number; created: number; updated: number; deleted: number };

export async function importAgreementArticles(prisma: PrismaClient): Promise<Summary[]> {
  const out: Summary[] = [];
  for (const { rulesId } of LIBRARY_SOURCES) {
    const agreement = await prisma.agreement.findUnique({ where: { rulesId } });
    if (!agreement) throw new Error(`agreement ${rulesId} is missing: seed the reference rows first`);
    const { articles, sha256, file } = parseSource(rulesId);
    const rows = articles.map((a, position) => ({
      articleId: a.articleId, heading: a.heading, sectionPath: a.sectionPath, kind: a.kind, position,
      text: plainText(a.blocks), blocks: a.blocks as object, anchors: a.anchors,
    }));
    const existing = await prisma.agreementArticle.findMany({
      where: { agreementId: agreement.id },
      select: { articleId: true, heading: true, sectionPath: true, kind: true, position: true, text: true, blocks: true, anchors: true },
    });
    const fingerprint = (r: (typeof existing)[number] | (typeof rows)[number]) => canonical([r.heading, r.sectionPath, r.kind, r.position, r.text, r.blocks, r.anchors]);
    const before = new Map(existing.map((r) => [r.articleId, fingerprint(r)]));
    const changed = rows.filter((r) => before.get(r.articleId) !== fingerprint(r));
    const keep = new Set(rows.map((r) => r.articleId));
    const stale = existing.filter((r) => !keep.has(r.articleId)).map((r) => r.articleId);
    const summary = { rulesId, total: rows.length, created: changed.filter((r) => !before.has(r.articleId)).length, updated: changed.filter((r) => before.has(r.articleId)).length, deleted: stale.length };
    out.push(summary);
    if (!changed.length && !stale.length) continue;
    await prisma.$transaction(async (tx) => {
      if (stale.length) await tx.agreementArticle.deleteMany({ where: { agreementId: agreement.id, articleId: { in: stale } } });
      const fresh = changed.filter((r) => !before.has(r.articleId));
      if (fresh.length) await tx.agreementArticle.createMany({ data: fresh.map((r) => ({ ...r, agreementId: agreement.id })) });
      for (const r of changed.filter((x) => before.has(x.articleId))) {
        await tx.agreementArticle.upsert({
          where: { agreementId_articleId: { agreementId: agreement.id, articleId: r.articleId } },
          update: r,
          create: { ...r, agreementId: agreement.id },
        });
      }
      await tx.auditEvent.create({
        data: { action: "import", entity: "AgreementArticle", entityId: agreement.id, organizationId: agreement.organizationId, after: { source: file, sha256, ...summary } },
      });
    }, { timeout: 120_000 });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { db } = await import("../lib/db");
  const prisma = await db();
  importAgreementArticles(prisma).then(
    (s) => { console.log(s.map((x) => `${x.rulesId}: ${x.total} articles (${x.created} new, ${x.updated} changed, ${x.deleted} removed)`).join("\n")); process.exit(0); },
    (e) => { console.error("Import failed:", e instanceof Error ? e.message : e); process.exit(1); },
  );
}
