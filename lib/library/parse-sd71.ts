/**
 * Parser of the SD71 (Comox Valley) – CUPE Local 439 agreement text (prisma/sources/sd71-…txt). Units: each
 * clause "17.08" under its article (articles without clauses, e.g. "10 N.A.", are one unit), the wage schedules
 * (Pay Grade Classification, Hourly Wage Schedule, Wage Increases and Trades Adjustment, Schedules A, B, C),
 * letters of understanding 1–3, the Provincial Framework Agreement and its Appendices A–D.
 */
import { cleanHeading } from "./markup";
import type { ParsedArticle } from "./types";
import { reLine, titleCase, toArticles, type Unit } from "./units";

const ARTICLE = /^ARTICLE (\d+) – (.+)$/;
const CLAUSE = /^(\d+)\.(\d{2})\s+(.*)$/;
const LOU = /^Letter of Understanding No\. (\d+)\s*$/;
const APPENDIX = /^Appendix ([A-D])\s*$/;
/** Appendix titles as printed in the table of contents ("APPENDIX A … RE ECONOMIC STABILITY DIVIDEND"). */
const APPENDIX_TITLES: Record<string, string> = {
  A: "Economic Stability Dividend",
  B: "Employee Support Grant",
  C: "Exploration of a Greater Standardization of Benefits Plans",
  D: "Learning Improvement Fund: Support Staff Priorities",
};
const SCHEDULES: Record<string, [id: string, heading: string]> = {
  "PAY GRADE CLASSIFICATION": ["Pay Grade Classification", "Pay Grade Classification"],
  "HOURLY WAGE SCHEDULE": ["Hourly Wage Schedule", "Hourly Wage Schedule"],
  "WAGE INCREASES AND TRADES ADJUSTMENT": ["Wage Increases and Trades Adjustment", "Wage Increases and Trades Adjustment"],
  "NOTES ON SALARY SCHEDULES": ["Notes on Salary Schedules", "Notes on Salary Schedules"],
  'SCHEDULE "A" – CLERICAL': ["Schedule A", "Schedule “A” – Clerical"],
  'SCHEDULE "B" – MAINTENANCE': ["Schedule B", "Schedule “B” – Maintenance"],
  'SALARY SCHEDULE "C" - ALLOWANCES': ["Schedule C", "Salary Schedule “C” – Allowances"],
};

/** "ARTICLE 16 – …**16.01 Posting Vacancies**" and "25.02 N.A.**25.03 …**" are two headings on one line. */
function splitMerged(line: string): string[] {
  const m = /^((?:ARTICLE \d+ – |\d+\.\d{2} |SALARY SCHEDULE ).+?)\*\*(.+?)\*\*\s*$/.exec(line);
  return m ? [m[1], m[2]] : [line];
}

export function parseSd71(text: string): ParsedArticle[] {
  const lines = text.split("\n").flatMap(splitMerged);
  const start = lines.findIndex((l) => l.trim() === "ARTICLE 1 – DEFINITIONS");
  const front = lines.lastIndexOf("SCHOOL DISTRICT NO. 71 (COMOX VALLEY)", start);
  if (start < 0 || front < 0) throw new Error("SD71 source: body markers not found");

  const units: Unit[] = [
    { articleId: "Preamble", heading: "Parties and preamble", sectionPath: ["Front matter"], kind: "PREAMBLE", lines: lines.slice(front, start), firstSep: " ¶", labels: false },
  ];
  let article: { n: string; title: string } | null = null;
  let cur: Unit | null = null;
  const open = (u: Unit) => {
    const same = units.find((x) => x.articleId === u.articleId);
    cur = same ?? u; // a schedule printed over two pages continues under the same heading
    if (!same) units.push(u);
  };

  for (const raw of lines.slice(start)) {
    const line = raw.replace(/\*\*/g, "").trim();
    let m: RegExpExecArray | null;
    if ((m = ARTICLE.exec(line))) {
      article = { n: m[1], title: titleCase(cleanHeading(m[2])) };
      open({ articleId: m[1], heading: article.title, sectionPath: [`Article ${m[1]} – ${article.title}`], kind: "ARTICLE", lines: article.title === "N.A." ? ["Not applicable (N.A.)."] : [], firstSep: "." });
    } else if (article && (m = CLAUSE.exec(line)) && m[1] === article.n) {
      const rest = m[3].trim();
      const isHeading = rest.length <= 80 && (!/[.:;]$/.test(rest) || rest === "N.A.");
      open({ articleId: `${m[1]}.${m[2]}`, heading: isHeading ? cleanHeading(rest) : article.title, sectionPath: [`Article ${article.n} – ${article.title}`], kind: "CLAUSE", lines: isHeading ? [] : [rest], firstSep: "." });
      if (rest === "N.A.") (cur as unknown as Unit).lines.push("N.A.");
    } else if (SCHEDULES[line]) {
      article = null;
      const [id, heading] = SCHEDULES[line];
      open({ articleId: id, heading, sectionPath: ["Wage Schedules"], kind: "SCHEDULE", lines: [], firstSep: " ¶" });
    } else if ((m = LOU.exec(line))) {
      article = null;
      open({ articleId: `LOU ${m[1]}`, heading: "", sectionPath: ["Letters of Understanding"], kind: "LETTER", lines: [], firstSep: " ¶" });
    } else if (line.startsWith("Provincial Framework Agreement (")) {
      article = null;
      open({ articleId: "Framework", heading: "Provincial Framework Agreement", sectionPath: ["Provincial Framework Agreement"], kind: "APPENDIX", lines: [], firstSep: " ¶" });
    } else if ((m = APPENDIX.exec(line))) {
      open({ articleId: `Appendix ${m[1]}`, heading: APPENDIX_TITLES[m[1]], sectionPath: ["Provincial Framework Agreement"], kind: "APPENDIX", lines: [], firstSep: " ¶" });
    } else if (cur) {
      (cur as Unit).lines.push(raw);
    }
  }
  for (const u of units) if (u.kind === "LETTER" && !u.heading) u.heading = reLine(u.lines) ?? u.articleId;
  return toArticles(units);
}
