import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { articleHref, resolveRef, type Resolution } from "@/lib/library/resolve";
import type { Block } from "@/lib/library/types";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";

/** Agreements whose text the actor may read: those of their districts and locals, in a stable order. */
export async function listLibraryAgreements(actor: Actor) {
  const prisma = await db();
  const rows = await prisma.agreement.findMany({
    where: { id: { in: actor.agreementIds } },
    select: { id: true, rulesId: true, title: true, bargainingUnit: true, termStart: true, termEnd: true, organization: { select: { code: true } }, local: { select: { name: true } }, _count: { select: { articles: true } } },
    orderBy: { rulesId: "desc" },
  });
  return rows.map(({ _count, ...a }) => ({ ...a, articleCount: _count.articles }));
}

/** One agreement by its rules id; NotFoundError when it does not exist or the actor has no membership in it. */
export async function getLibraryAgreement(actor: Actor, rulesId: string) {
  const prisma = await db();
  const a = await prisma.agreement.findFirst({
    where: { rulesId, id: { in: actor.agreementIds } },
    select: { id: true, rulesId: true, title: true, bargainingUnit: true, organization: { select: { code: true } }, local: { select: { name: true } } },
  });
  if (!a) throw new NotFoundError("Agreement");
  return a;
}

/** Table of contents: every article's id, heading and place, in document order. Cached per request. */
export const tableOfContents = cache(async (actor: Actor, rulesId: string) => {
  const agreement = await getLibraryAgreement(actor, rulesId);
  const prisma = await db();
  const articles = await prisma.agreementArticle.findMany({
    where: { agreementId: agreement.id },
    select: { articleId: true, heading: true, sectionPath: true, kind: true, anchors: true },
    orderBy: { position: "asc" },
  });
  return { agreement, articles };
});

/** Where a citation leads (article and clause), or null when the agreement has nothing by that id. */
export async function resolveArticle(actor: Actor, rulesId: string, ref: string): Promise<(Resolution & { href: string }) | null> {
  const { articles } = await tableOfContents(actor, rulesId);
  const r = resolveRef(ref, articles);
  return r ? { ...r, href: articleHref(rulesId, r.articleId, r.anchor) } : null;
}

/** One article with its body, and its neighbours for previous/next links. */
export async function getArticle(actor: Actor, rulesId: string, articleId: string) {
  const { agreement, articles } = await tableOfContents(actor, rulesId);
  const i = articles.findIndex((a) => a.articleId === articleId);
  if (i < 0) throw new NotFoundError("Article");
  const prisma = await db();
  const row = await prisma.agreementArticle.findUniqueOrThrow({
    where: { agreementId_articleId: { agreementId: agreement.id, articleId } },
    select: { articleId: true, heading: true, sectionPath: true, kind: true, blocks: true, anchors: true },
  });
  return { agreement, article: { ...row, blocks: row.blocks as unknown as Block[] }, previous: articles[i - 1], next: articles[i + 1] };
}

const PREVIEW_CHARS = 320;

/** Heading and the first lines of the clause (or article) a citation names, for hover/focus previews. */
export async function articlePreview(actor: Actor, rulesId: string, ref: string) {
  const r = await resolveArticle(actor, rulesId, ref);
  if (!r) return null;
  const { article, agreement } = await getArticle(actor, rulesId, r.articleId);
  const start = r.anchor ? article.blocks.findIndex((b) => b.type === "p" && b.anchor === r.anchor) : 0;
  let excerpt = "";
  for (const b of article.blocks.slice(Math.max(0, start))) {
    if (excerpt.length >= PREVIEW_CHARS) break;
    const t = b.type === "table" ? `[Table${b.caption ? `: ${b.caption}` : ""}]` : b.type === "p" && b.label ? `${b.label} ${b.text}` : b.text;
    excerpt += (excerpt ? " " : "") + t.replace(/\s+/g, " ");
  }
  if (excerpt.length > PREVIEW_CHARS) excerpt = excerpt.slice(0, PREVIEW_CHARS).replace(/\s+\S*$/, "") + " …";
  return { agreement: agreement.rulesId, articleId: article.articleId, anchor: r.anchor ?? null, heading: article.heading, excerpt, href: r.href };
}
