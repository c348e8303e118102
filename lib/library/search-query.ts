/**
 * Search helpers that need no database. The agreements write the same thing two ways ("Teacher Teaching on Call"
 * and "TTOC"), so a query in one form also searches the other.
 */

const SYNONYMS: Array<[abbr: RegExp, phrase: RegExp, abbrText: string, phraseText: string]> = [
  [/\bttocs?\b/gi, /"?\bteachers?\s+teaching\s+on\s+call\b"?/gi, "ttoc", "teacher teaching on call"],
  [/\blif\b/gi, /"?\blearning\s+improvement\s+fund\b"?/gi, "lif", "learning improvement fund"],
];

/** The query with each abbreviation written out (or each phrase abbreviated); null when nothing applies. */
export function alternateQuery(q: string): string | null {
  let alt = q;
  for (const [abbr, phrase, abbrText, phraseText] of SYNONYMS) {
    if (phrase.test(alt)) alt = alt.replace(phrase, abbrText);
    else if (abbr.test(alt)) alt = alt.replace(abbr, `"${phraseText}"`);
    phrase.lastIndex = 0;
    abbr.lastIndex = 0;
  }
  return alt === q ? null : alt;
}

/** Markers that ts_headline puts around matches: control characters, so no HTML ever passes through. */
export const MARK_START = "\u0002";
export const MARK_STOP = "\u0003";

/** Splits a highlighted snippet into plain and matched parts, for rendering as text and <mark>. */
export function snippetParts(snippet: string): Array<{ text: string; match: boolean }> {
  const parts: Array<{ text: string; match: boolean }> = [];
  for (const chunk of snippet.split(MARK_START)) {
    const stop = chunk.indexOf(MARK_STOP);
    if (stop < 0) {
      if (chunk) parts.push({ text: chunk, match: false });
      continue;
    }
    parts.push({ text: chunk.slice(0, stop), match: true });
    if (stop + 1 < chunk.length) parts.push({ text: chunk.slice(stop + 1), match: false });
  }
  return parts;
}
