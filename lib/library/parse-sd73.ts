/**
 * Parser of the SD73 (Kamloops-Thompson) teachers' agreement text (prisma/sources/sd73-…txt): the Provincial
 * Collective Agreement with local provisions. Units: articles A.1–G.32 under their sections, letters of
 * understanding (LOU 1–45), Memorandum of Agreement No. 10 and Appendices A (salary grids) and B (allowances).
 */
import { cleanHeading } from "./markup";
import type { ParsedArticle } from "./types";
import { reLine, titleCase, toArticles, type Unit } from "./units";

const SECTION = /^SECTION ([A-G])\s+(.+)$/;
const ARTICLE = /^ARTICLE ([A-G])\.\s?(\d+)\s+(.+)$/;
const LOU = /^LETTER OF UNDERSTANDING N[Oo]\.\s*(\d+)(?:\.\s*([a-zA-Z]))?[.\s]*$/;
const MOA = /^MEMORANDUM OF AGREEMENT No\.\s*(\d+)\s*$/;
const APPENDIX = /^APPENDIX ([A-Z]) (.+)$/;

export function parseSd73(text: string): ParsedArticle[] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.trim() === "SECTION A THE COLLECTIVE BARGAINING RELATIONSHIP");
  const toc = lines.findIndex((l) => l.trim() === "TABLE OF CONTENTS");
  const end = lines.findIndex((l, i) => i > start && l.trim() === "Index");
  if (start < 0 || toc < 0 || end < 0) throw new Error("SD73 source: body markers not found");

  const units: Unit[] = [
    { articleId: "Preamble", heading: "Parties and acknowledgement of traditional territories", sectionPath: ["Front matter"], kind: "PREAMBLE", lines: lines.slice(0, toc), firstSep: " ¶", labels: false },
  ];
  let section: string[] = [];
  let phase: "articles" | "letters" | "skip" = "articles";
  let cur: Unit | null = null;
  const open = (u: Unit) => units.push((cur = u));

  for (const raw of lines.slice(start, end)) {
    const line = raw.replace(/\*\*/g, "").trim();
    let m: RegExpExecArray | null;
    if (phase === "articles" && (m = SECTION.exec(line))) {
      section = [`Section ${m[1]} – ${titleCase(m[2])}`];
      cur = null;
    } else if (phase === "articles" && (m = ARTICLE.exec(line))) {
      open({ articleId: `${m[1]}.${m[2]}`, heading: cleanHeading(m[3]), sectionPath: section, kind: "ARTICLE", lines: [], firstSep: "." });
    } else if (line === "SIGNATURES") {
      phase = "skip";
      cur = null;
    } else if (line === "LETTERS OF UNDERSTANDING/INTENT" || line === "LOCAL LETTERS OF UNDERSTANDING") {
      phase = "letters";
      section = [line.startsWith("LOCAL") ? "Local Letters of Understanding" : "Letters of Understanding"];
      cur = null;
    } else if (phase !== "articles" && (m = LOU.exec(line))) {
      phase = "letters";
      const id = `LOU ${m[1]}${m[2] ? `.${m[2].toLowerCase()}` : ""}`;
      open({ articleId: id, heading: "", sectionPath: section, kind: "LETTER", lines: [], firstSep: " ¶" });
    } else if (phase !== "articles" && (m = MOA.exec(line))) {
      open({ articleId: `MOA ${m[1]}`, heading: "", sectionPath: ["Memoranda of Agreement"], kind: "LETTER", lines: [], firstSep: " ¶" });
    } else if (phase !== "articles" && (m = APPENDIX.exec(line))) {
      open({ articleId: `Appendix ${m[1]}`, heading: titleCase(cleanHeading(m[2])), sectionPath: ["Appendices"], kind: "APPENDIX", lines: [], firstSep: " ¶" });
    } else if (cur && phase !== "skip") {
      (cur as Unit).lines.push(raw);
    }
  }
  for (const u of units) {
    const first = u.lines.map((l) => cleanHeading(l)).find((l) => l && !/^BETWEEN/i.test(l));
    if (u.kind === "LETTER" && !u.heading) u.heading = reLine(u.lines) ?? (first && first.length < 80 ? first : u.articleId);
  }
  return toArticles(units);
}
