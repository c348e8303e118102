import { describe, expect, it } from "vitest";
import { rankSd71, rankSd73 } from "./rank";
import { placedByWords, tieFlags } from "./ties";

const teacher = (id: string, days: number, agg: number, other: number, app: string) => ({ id, seniorityDays: days, boardAggregateEmploymentDays: agg, otherAuthorityServiceYears: other, applicationDate: app });
const named = (ids: string[], decided: string[]) => ids.map((id, i) => ({ employeeNumber: id, name: `Name ${id}`, decidedBy: decided[i] }));

describe("every member of a tie is flagged in words, naming the others and the rule that placed it", () => {
  it("C.2.7.c.i: a tie of two SD73 teachers placed by Board employment flags both, each naming the other", () => {
    const r = rankSd73([teacher("E1", 500, 600, 0, "2010-01-01"), teacher("E2", 500, 700, 0, "2011-01-01"), teacher("E3", 300, 0, 0, "2009-01-01")]);
    const rows = named(r.rows.map((x) => x.id), r.rows.map((x) => x.decidedBy));
    expect(tieFlags(rows, "sd73-teachers")).toEqual([
      "Tied with Name E1 (E1) — placed by the greatest aggregate employment with the Board (C.2.7.c.i)",
      "Tied with Name E2 (E2) — placed by the greatest aggregate employment with the Board (C.2.7.c.i)",
      null,
    ]);
  });

  it("C.2.7.c.ii and C.2.7.c.iii: a tie of three SD73 teachers flags all three; the middle one names both rules", () => {
    const r = rankSd73([teacher("A", 400, 100, 2, "2012-01-01"), teacher("B", 400, 100, 5, "2015-01-01"), teacher("C", 400, 100, 2, "2010-01-01"), teacher("D", 900, 0, 0, "2001-01-01")]);
    expect(r.rows.map((x) => x.id)).toEqual(["D", "B", "C", "A"]);
    const f = tieFlags(named(r.rows.map((x) => x.id), r.rows.map((x) => x.decidedBy)), "sd73-teachers");
    expect(f[0]).toBeNull();
    expect(f[1]).toBe("Tied with Name C (C) and Name A (A) — placed by the greatest service with another school authority (C.2.7.c.ii)");
    expect(f[2]).toBe("Tied with Name B (B) and Name A (A) — placed by the greatest service with another school authority (C.2.7.c.ii) and the earliest application for employment with the Board (C.2.7.c.iii)");
    expect(f[3]).toBe("Tied with Name B (B) and Name C (C) — placed by the earliest application for employment with the Board (C.2.7.c.iii)");
  });

  it("15.01: a tie of three SD71 employees with one seniority date is flagged on all three as not placed by the agreement", () => {
    const r = rankSd71([
      { id: "x", seniorityDate: "2024-04-26", employeeNumber: "710002" },
      { id: "y", seniorityDate: "2024-04-26", employeeNumber: "710003" },
      { id: "z", seniorityDate: "2024-04-26", employeeNumber: "710001" },
      { id: "w", seniorityDate: "2020-01-01", employeeNumber: "710009" },
    ], "REGULAR");
    const numbers = { x: "710002", y: "710003", z: "710001", w: "710009" } as Record<string, string>;
    const f = tieFlags(named(r.rows.map((k) => numbers[k.id]), r.rows.map((k) => k.decidedBy)), "sd71-cupe439", "REGULAR");
    expect(f[0]).toBeNull();
    expect(f[1]).toBe("Tied with Name 710002 (710002) and Name 710003 (710003) — not placed by the agreement: the agreement has no tie-break (15.01), shown by employee number and flagged for the parties");
    expect(f[2]).toMatch(/^Tied with Name 710001 \(710001\) and Name 710003 \(710003\) — not placed/);
    expect(f[3]).toMatch(/^Tied with Name 710001 \(710001\) and Name 710002 \(710002\) — not placed/);
  });

  it("15.03(e): a tie of two on the continuing temporary list cites 15.03(e); a list without ties flags nobody", () => {
    const f = tieFlags(named(["1", "2"], ["UNRESOLVED_TIE", "seniority date"]), "sd71-cupe439", "CONTINUING_TEMPORARY");
    expect(f).toEqual([expect.stringContaining("(15.03(e))"), expect.stringContaining("Tied with Name 1 (1)")]);
    expect(tieFlags(named(["1", "2"], ["seniority", "seniority"]), "sd73-teachers")).toEqual([null, null]);
  });

  it("C.2.7.c: the Placed by column reads words with the article, never a code", () => {
    expect(placedByWords("C.2.7.c.iii", "sd73-teachers")).toBe("the earliest application for employment with the Board (C.2.7.c.iii)");
    expect(placedByWords("UNRESOLVED_TIE", "sd73-teachers")).toMatch(/^Unresolved tie: still equal after every tie-break of C\.2\.7\.c/);
  });
});
