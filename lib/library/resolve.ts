/**
 * Resolves a citation as other modules write it ("B.2.6", "A.6.2.b", "15.04(a)(3)", "LOU 11", "MOA 10 ¶3(f)",
 * "B.2.8 (effective July 1, 2024: $156.43)", "Hourly Wage Schedule, CUPE - Effective May 1, 2019 *",
 * "12.02; 21.01 (working days, A12)") to the library article that holds it and, where possible, the clause.
 */

export interface ArticleRef {
  articleId: string;
  anchors: string[];
}

export interface Resolution {
  articleId: string;
  /** The clause inside the article, when the citation names one. */
  anchor?: string;
  /** True when the citation is exactly the article's id. */
  exact: boolean;
}

/** Spellings of the same id: "Letter of Understanding No. 11" → "LOU 11", "Article B. 10" → "B.10". */
export function normalizeRef(ref: string): string {
  return ref
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:article|art\.|clause)\s+/i, "")
    .replace(/^(?:letter of understanding|lou)\s*(?:no\.?\s*)?(\d)/i, "LOU $1")
    .replace(/^(?:memorandum of agreement|moa)\s*(?:no\.?\s*)?(\d)/i, "MOA $1")
    .replace(/^([A-G])\.\s+(\d)/, "$1.$2");
}

/** Separators do not matter when comparing clause ids: "MOA 10 ¶3(h)(vii)" ≡ "MOA 10 ¶3(h).vii". */
const key = (s: string) => s.toLowerCase().replace(/[\s().¶,;:]+/g, "·").replace(/^·+|·+$/g, "");
const startsAt = (hay: string, needle: string) => hay === needle || hay.startsWith(needle + "·");

function bestAnchor(ref: string, anchors: string[]): string | undefined {
  const k = key(ref);
  let best: string | undefined;
  for (const a of anchors) if (startsAt(k, key(a)) && (!best || key(a).length > key(best).length)) best = a;
  return best;
}

/** `articles` in document order. Returns null when nothing matches (the reader then suggests a search). */
export function resolveRef(ref: string, articles: ArticleRef[]): Resolution | null {
  const norm = normalizeRef(ref);
  if (!norm) return null;
  const lower = norm.toLowerCase();
  const exact = articles.find((a) => a.articleId.toLowerCase() === lower);
  if (exact) return { articleId: exact.articleId, anchor: undefined, exact: true };

  // The longest id the citation starts with, followed by a separator ("B.2" in "B.2.6", not in "B.22").
  let hit: ArticleRef | undefined;
  for (const a of articles) {
    const id = a.articleId.toLowerCase();
    if (lower.startsWith(id) && !/[a-z0-9]/i.test(lower.charAt(id.length)) && (!hit || id.length > hit.articleId.length)) hit = a;
  }
  if (hit) return { articleId: hit.articleId, anchor: bestAnchor(norm, hit.anchors), exact: false };

  // A bare SD71 article number ("17", "Article 17"): its first clause.
  const num = /^(\d{1,2})(?![.\d])/.exec(norm);
  if (num) {
    const first = articles.find((a) => a.articleId.startsWith(`${num[1]}.`));
    if (first) return { articleId: first.articleId, anchor: undefined, exact: false };
  }
  // A clause id written without its article ("Schedule C 2" is covered above; this catches anchors alone).
  for (const a of articles) {
    const anchor = bestAnchor(norm, a.anchors);
    if (anchor && key(anchor) === key(norm)) return { articleId: a.articleId, anchor, exact: false };
  }
  return null;
}

/** A clause id as an HTML id (no spaces): "B.2.6" stays, "LOU 43 ¶5" → "LOU-43-5". */
export function domId(anchor: string): string {
  return anchor.replace(/\s*¶\s*|\s+/g, "-");
}

export function articleHref(agreement: string, articleId: string, anchor?: string): string {
  return `/agreements/${agreement}/articles/${encodeURIComponent(articleId)}${anchor ? `#${encodeURIComponent(domId(anchor))}` : ""}`;
}
