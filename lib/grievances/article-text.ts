import { ARTICLE_ID } from "@/lib/schemas/grievance";

/**
 * Typed text that is itself an article id the grievance form accepts, as the agreements print it
 * ("c.2.1" → "C.2.1", "lou 12" → "LOU 12", "12.02(a)"), or null (words to search for).
 */
export function articleIdFromText(text: string): string | null {
  const t = text.trim().replace(/\s+/g, " ").replace(/^lou ?/i, "LOU ").replace(/^([a-z])\./, (m) => m.toUpperCase());
  return ARTICLE_ID.test(t) ? t : null;
}
