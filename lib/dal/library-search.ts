import "server-only";
import { db } from "@/lib/db";
import { alternateQuery, MARK_START, MARK_STOP } from "@/lib/library/search-query";
import type { Actor } from "./actor";

export interface SearchHit {
  agreement: string;
  agreementTitle: string;
  articleId: string;
  heading: string;
  kind: string;
  rank: number;
  /** Text with matches between MARK_START and MARK_STOP (see snippetParts). */
  snippet: string;
}

export const SEARCH_LIMIT = 25;

const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxFragments=2, MinWords=12, MaxWords=32, FragmentDelimiter=" … "`;
/**
 * ts_headline's cost grows with the text (LOU 1 is 15,000 characters), so the snippet is taken from a window
 * around the first occurrence of the query's first stem (stems are word prefixes in almost every case).
 */
const WINDOW_BEFORE = 200;
const WINDOW = 1600;
const FIRST_LEXEME = "'([^']+)'";

/**
 * Full-text search over the agreements the actor may read (or one of them): websearch syntax ("quoted phrases",
 * OR, -exclusions), ranked by ts_rank on the weighted vector. Articles and clauses weigh 1.5 times letters,
 * appendices and schedules of equal relevance: letters modify or supplement the articles a reader usually wants.
 * Snippets are computed by ts_headline for the returned rows only, on a window of the text (see WINDOW).
 */
export async function searchArticles(actor: Actor, opts: { q: string; agreement?: string; limit?: number }): Promise<SearchHit[]> {
  const q = opts.q.trim().slice(0, 200);
  if (!q) return [];
  const prisma = await db();
  const visible = await prisma.agreement.findMany({
    where: { id: { in: actor.agreementIds }, ...(opts.agreement ? { rulesId: opts.agreement } : {}) },
    select: { id: true },
  });
  if (!visible.length) return [];
  const ids = visible.map((a) => a.id);
  const alt = alternateQuery(q) ?? q;
  const limit = Math.min(Math.max(opts.limit ?? SEARCH_LIMIT, 1), 100);
  const rows = await prisma.$queryRaw<Array<Omit<SearchHit, "rank"> & { rank: number }>>`
    WITH query AS (
      SELECT websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('english', ${alt}) AS tsq
    ), lexeme AS (
      SELECT (regexp_match(querytree(tsq), ${FIRST_LEXEME}))[1] AS w FROM query
    ), top AS (
      SELECT a.id, ts_rank(a.search, query.tsq) * CASE WHEN a.kind IN ('ARTICLE', 'CLAUSE') THEN 1.5 ELSE 1 END AS rank
      FROM agreement_article a, query
      WHERE a."agreementId" = ANY(${ids}::text[]) AND a.search @@ query.tsq
      ORDER BY rank DESC, a.position ASC
      LIMIT ${limit}
    )
    SELECT g."rulesId" AS agreement, g.title AS "agreementTitle", a."articleId", a.heading, a.kind::text AS kind,
           top.rank::float8 AS rank,
           ts_headline('english', substr(a.text, greatest(1, strpos(lower(a.text), lexeme.w) - ${WINDOW_BEFORE}), ${WINDOW}), query.tsq, ${HEADLINE}) AS snippet
    FROM top
    JOIN agreement_article a ON a.id = top.id
    JOIN agreement g ON g.id = a."agreementId", query, lexeme
    ORDER BY top.rank DESC, a.position ASC`;
  return rows.map((r) => ({ ...r, rank: Number(r.rank) }));
}
