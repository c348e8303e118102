/** Helpers shared by the two source parsers: collecting a unit's lines and turning units into articles. */
import { buildBody } from "./body";
import type { ArticleKind, ParsedArticle } from "./types";

export interface Unit {
  articleId: string;
  heading: string;
  sectionPath: string[];
  kind: ArticleKind;
  lines: string[];
  /** Anchor style: "." after the id for articles ("A.6.2.b"), " ¶" for letters ("LOU 43 ¶5"). */
  firstSep: string;
  labels?: boolean;
}

const SMALL = new Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"]);
const KEEP = new Set(["N.A.", "WCB", "BC", "B.C.", "CUPE", "LIF", "HVAC", "H.V.A.C.", "TTOC", "TTOCS", "EI", "BCTF"]);

/** "LAYOFFS AND RECALLS" → "Layoffs and Recalls" (acronyms kept). */
export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(/(\s+|\/|-)/)
    .map((w, i) => {
      const up = w.toUpperCase();
      if (KEEP.has(up)) return up === "TTOCS" ? "TTOCs" : up;
      if (i > 0 && SMALL.has(w)) return w;
      return w.charAt(0).toUpperCase() + w.slice(1);
    })
    .join("");
}

/** The heading of a letter: its "Re:" line, if any. */
export function reLine(lines: string[]): string | undefined {
  for (const l of lines) {
    const m = /^\s*(?:\*\*|<i>)?\s*RE:?\s+(.+?)(?:\*\*|<\/i>)?\s*$/i.exec(l);
    if (m) return m[1].replace(/\*+|<\/?i>/g, "").replace(/\.{3,}.*$/, "").trim();
  }
  return undefined;
}

export function toArticles(units: Unit[]): ParsedArticle[] {
  const out: ParsedArticle[] = [];
  const ids = new Set<string>();
  for (const u of units) {
    if (!u.lines.some((l) => l.trim())) continue;
    if (ids.has(u.articleId)) throw new Error(`duplicate article id ${u.articleId}`);
    ids.add(u.articleId);
    const { blocks, anchors } = buildBody(u.lines, { base: u.articleId, firstSep: u.firstSep, labels: u.labels });
    out.push({ articleId: u.articleId, heading: u.heading, sectionPath: u.sectionPath, kind: u.kind, blocks, anchors });
  }
  return out;
}
