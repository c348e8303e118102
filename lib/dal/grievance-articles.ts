import "server-only";
import { db } from "@/lib/db";
import { ARTICLE_ID } from "@/lib/schemas/grievance";
import type { Actor } from "./actor";

/** One choice of the article picker: an id the grievance form accepts, with the heading of its article. */
export interface ArticlePick {
  id: string;
  heading: string;
}

const PICKS = 10;
/** "C.2", "c.2.1", "15.0", "LOU 1": the start of an article or clause id rather than words. */
const ID_LIKE = /^([a-z]\.\d|\d{1,2}(\.|$)|lou\s*\d)/i;
const likeEscape = (s: string) => s.replace(/[\\%_]/g, "\\$&");

/**
 * Articles and clauses of one agreement (by its database id) the actor may file under, for the grievance form's
 * article picker: an id prefix ("C.2", "15.02") lists the articles and clauses whose id starts with it in document
 * order; words ("seniority list") match headings first, then the full text ranked. Only ids the form accepts
 * (ARTICLE_ID) are returned, so "Appendix A" or a letter's paragraph mark never reach a grievance.
 */
export async function searchGrievanceArticles(actor: Actor, agreementId: string, q: string): Promise<ArticlePick[]> {
  const term = q.trim().replace(/\s+/g, " ").slice(0, 80);
  if (!actor.agreementIds.includes(agreementId)) return [];
  const idSearch = ID_LIKE.test(term);
  if (term.length < (idSearch ? 1 : 2)) return [];
  const start = (idSearch ? term.replace(/^lou\s*/i, "LOU ") : term).toLowerCase();
  const prefix = likeEscape(start) + "%";
  const contains = "%" + likeEscape(term) + "%";
  const prisma = await db();
  const rows = await prisma.$queryRaw<Array<{ articleId: string; heading: string; anchors: string[] }>>`
    SELECT a."articleId", a.heading, a.anchors
    FROM agreement_article a
    WHERE a."agreementId" = ${agreementId} AND (
      a."articleId" ILIKE ${prefix}
      OR EXISTS (SELECT 1 FROM unnest(a.anchors) x WHERE x ILIKE ${prefix})
      OR (NOT ${idSearch} AND (a.heading ILIKE ${contains} OR a.search @@ websearch_to_tsquery('english', ${term})))
    )
    ORDER BY (a."articleId" ILIKE ${prefix}) DESC, (a.heading ILIKE ${contains}) DESC,
             ts_rank(a.search, websearch_to_tsquery('english', ${term})) DESC, a.position ASC
    LIMIT 40`;
  const starts = (id: string) => id.toLowerCase().startsWith(start);
  const picks: ArticlePick[] = [];
  const add = (id: string, heading: string) => {
    if (picks.length < PICKS && ARTICLE_ID.test(id) && !picks.some((p) => p.id === id)) picks.push({ id, heading });
  };
  for (const r of rows) {
    if (!idSearch || starts(r.articleId)) add(r.articleId, r.heading);
    if (idSearch) for (const c of r.anchors) if (starts(c)) add(c, r.heading);
  }
  return picks;
}
