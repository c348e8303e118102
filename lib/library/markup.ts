/**
 * The source texts carry light markup from their conversion (**bold**, *italics*, <i>, <u>, escaped \$,
 * LaTeX formulas for B.26.1.e and B.28). The library stores plain text, so markup is removed here.
 */

function latex(s: string): string {
  return s
    .replace(/\$\$(.*?)\$\$/g, (_, f: string) =>
      f
        .replace(/\\text\{([^}]*)\}/g, "$1")
        .replace(/\\times/g, "×")
        .replace(/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, "$1 ÷ $2")
        .replace(/\s+/g, " ")
        .trim(),
    );
}

/** One source line without markup; tabs (table cells) are kept. */
export function clean(line: string): string {
  return latex(line)
    .replace(/<\/?(i|u|p)( [^>]*)?>/g, "")
    .replace(/\*\*/g, "")
    .replace(/\\([$%])/g, "$1")
    .replace(/(^|[\s(“"])\*([^*\s][^*]*?[^*\s]|[^*\s])\*(?=[\s.,;:)”"]|$)/g, "$1$2")
    .replace(/\.{4,}/g, "")
    .replace(/[ \u00a0]+$/g, "");
}

/** A heading as printed, with leader dots, page numbers and stray markup removed. */
export function cleanHeading(s: string): string {
  return clean(s).replace(/\t.*$/, "").replace(/\s+/g, " ").trim();
}
