/** The agreement library's data model: what the importer produces and the reader renders. Pure types. */

export type ArticleKind = "PREAMBLE" | "ARTICLE" | "CLAUSE" | "LETTER" | "APPENDIX" | "SCHEDULE";

/** A paragraph, optionally a numbered/lettered clause with its full id as anchor ("B.2.9.d", "15.04(a)(3)"). */
export interface ParagraphBlock {
  type: "p";
  text: string;
  /** The printed label ("9.", "d.", "(3)"); absent for plain paragraphs. */
  label?: string;
  /** Nesting depth of a labelled clause (0 = top). */
  depth: number;
  anchor?: string;
}

/** An unlabelled sub-heading inside an article ("Local Provisions:", "Step Three"). */
export interface HeadingBlock {
  type: "h";
  text: string;
  anchor?: string;
}

/** A table as printed (salary grids, wage schedules, rate lists). */
export interface TableBlock {
  type: "table";
  caption: string;
  head: string[][];
  rows: string[][];
}

export type Block = ParagraphBlock | HeadingBlock | TableBlock;

/** One unit of the library: an SD73 article, an SD71 clause, a letter of understanding, an appendix or a schedule. */
export interface ParsedArticle {
  articleId: string;
  heading: string;
  /** Where it sits: e.g. ["Section B – Salary and Economic Benefits"] or ["Article 17 – Layoffs and Recalls"]. */
  sectionPath: string[];
  kind: ArticleKind;
  blocks: Block[];
  /** Clause ids inside this article, in order. */
  anchors: string[];
}

/** Plain text of an article for search and previews. */
export function plainText(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (b.type === "table") return [b.caption, ...b.head.map((r) => r.join(" ")), ...b.rows.map((r) => r.join(" "))].filter(Boolean).join("\n");
      if (b.type === "p" && b.label) return `${b.label} ${b.text}`;
      return b.text;
    })
    .join("\n");
}
