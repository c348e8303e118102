/**
 * Ties on a ranked seniority list, in words. A row's `decidedBy` says what placed it ahead of the
 * next row: "seniority" / "seniority date" when their seniority differs, else the tie-break that
 * separated two equal employees (SD73 C.2.7.c.i–iii) or UNRESOLVED_TIE (SD73 after C.2.7.c.iii;
 * SD71 always, the agreement having no tie-break: spec §4.2 step 7). Every member of a tie is
 * flagged, naming the others and the rule that placed it among them.
 */
export type TieAgreement = "sd73-teachers" | "sd71-cupe439";
export type TieList = "REGULAR" | "CONTINUING_TEMPORARY";

export interface TieRow { employeeNumber: string; name: string; decidedBy: string }

const SEPARATED = new Set(["seniority", "seniority date"]);

/** The rule that placed a row, in words with its article (the list's "Placed by" column). */
export function placedByWords(decidedBy: string, rules: TieAgreement, list: TieList = "REGULAR"): string {
  switch (decidedBy) {
    case "seniority": return "Seniority";
    case "seniority date": return "Seniority date";
    case "C.2.7.c.i": return "the greatest aggregate employment with the Board (C.2.7.c.i)";
    case "C.2.7.c.ii": return "the greatest service with another school authority (C.2.7.c.ii)";
    case "C.2.7.c.iii": return "the earliest application for employment with the Board (C.2.7.c.iii)";
    case "UNRESOLVED_TIE": return `Unresolved tie: ${unresolved(rules, list)}`;
    default: return decidedBy;
  }
}

const unresolved = (rules: TieAgreement, list: TieList) => rules === "sd73-teachers"
  ? "still equal after every tie-break of C.2.7.c, flagged for the parties"
  : `the agreement has no tie-break (${list === "REGULAR" ? "15.01" : "15.03(e)"}), shown by employee number and flagged for the parties`;

const joinWords = (xs: string[]) => (xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`);

/**
 * For each row (in rank order), the tie it belongs to in words, or null: "Tied with Doe, Jane (E1234) — placed
 * by the earliest application for employment with the Board (C.2.7.c.iii)". Pass the whole list, not one page:
 * a tie may straddle a page break.
 */
export function tieFlags(rows: TieRow[], rules: TieAgreement, list: TieList = "REGULAR"): Array<string | null> {
  const out: Array<string | null> = new Array(rows.length).fill(null);
  let start = 0;
  for (let i = 0; i < rows.length; i++) {
    if (i + 1 < rows.length && !SEPARATED.has(rows[i].decidedBy)) continue;
    // rows[start..i] share one seniority figure.
    if (i > start) {
      for (let m = start; m <= i; m++) {
        const others = [];
        for (let o = start; o <= i; o++) if (o !== m) others.push(`${rows[o].name} (${rows[o].employeeNumber})`);
        // The pairs this member belongs to: with the one above it and the one below it in the tie.
        const codes = [m > start ? rows[m - 1].decidedBy : null, m < i ? rows[m].decidedBy : null].filter((c): c is string => c !== null);
        const uniq = [...new Set(codes)];
        const placed = uniq.filter((c) => c !== "UNRESOLVED_TIE").map((c) => placedByWords(c, rules, list));
        const how = [placed.length ? `placed by ${joinWords(placed)}` : "", uniq.includes("UNRESOLVED_TIE") ? `not placed by the agreement: ${unresolved(rules, list)}` : ""].filter(Boolean).join("; ");
        out[m] = `Tied with ${joinWords(others)} — ${how}`;
      }
    }
    start = i + 1;
  }
  return out;
}
