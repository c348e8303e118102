/**
 * Clause labels ("2.", "b.", "iv.", "(a)", "(3)") and their nesting. The sources' indentation is not reliable,
 * so nesting follows the sequence: a label continues the nearest open list of its type whose next value it is
 * (after "h." an "i." is a letter; after "iv." a "v." is a roman numeral), otherwise it opens a nested list.
 */

export type LabelType = "num" | "alpha" | "roman";

export interface Label {
  type: LabelType;
  value: string;
  paren: boolean;
  printed: string;
  rest: string;
}

const ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"];
const LABEL = /^\s*(?:[-–]\s+)?(?:(\d{1,2}|[a-z]|[ivx]{1,5})\.|\((\d{1,2}|[a-z]|[ivx]{1,5})\))(?:\s+|$)(.*)$/;

function next(type: LabelType, value: string): string {
  if (type === "num") return String(Number(value) + 1);
  if (type === "alpha") return String.fromCharCode(value.charCodeAt(0) + 1);
  return ROMANS[ROMANS.indexOf(value) + 1] ?? "";
}
const FIRST: Record<LabelType, string> = { num: "1", alpha: "a", roman: "i" };

/** The label at the start of a line, with every type it could be (a lone "i", "v", "x" is ambiguous). */
export function readLabel(line: string): Array<Label> {
  const m = LABEL.exec(line);
  if (!m) return [];
  const raw = m[1] ?? m[2];
  const paren = m[2] !== undefined;
  const printed = paren ? `(${raw})` : `${raw}.`;
  const rest = m[3] ?? "";
  if (/^\d+$/.test(raw)) return [{ type: "num", value: raw, paren, printed, rest }];
  const out: Label[] = [];
  if (raw.length === 1) out.push({ type: "alpha", value: raw, paren, printed, rest });
  if (ROMANS.includes(raw)) out.push({ type: "roman", value: raw, paren, printed, rest });
  return out;
}

/** Open lists from outermost to innermost. */
export class LabelStack {
  private stack: Label[] = [];

  /** Places a label (choosing among its readings) and returns the path of labels from the top level. */
  place(readings: Label[]): Label[] {
    // 1. Continue an open list, nearest first.
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const open = this.stack[i];
      const hit = readings.find((r) => r.type === open.type && r.paren === open.paren && r.value === next(open.type, open.value));
      if (hit) {
        this.stack = [...this.stack.slice(0, i), hit];
        return [...this.stack];
      }
    }
    // 2. Open a nested list with a first value ("1", "a", "i"); a first roman wins over the letter i.
    const first = readings.find((r) => r.type === "roman" && r.value === "i") ?? readings.find((r) => r.value === FIRST[r.type]);
    if (first) {
      this.stack.push(first);
      return [...this.stack];
    }
    // 3. An out-of-sequence label restarts the nearest list of its type, or the top level.
    const r = readings[0];
    let at = -1;
    this.stack.forEach((o, i) => { if (o.type === r.type && o.paren === r.paren) at = i; });
    this.stack = at >= 0 ? [...this.stack.slice(0, at), r] : [r];
    return [...this.stack];
  }

  depth(): number {
    return Math.max(0, this.stack.length - 1);
  }
}

/** "A.6" + [2., b.] → "A.6.2.b"; "17.04" + [(a), (3)] → "17.04(a)(3)"; "LOU 43" + [5.] → "LOU 43 ¶5". */
export function anchorOf(base: string, firstSep: string, path: Label[]): string {
  return path.map((l, i) => (l.paren ? `(${l.value})` : `${i === 0 ? firstSep : "."}${l.value}`)).reduce((a, s) => a + s, base);
}
