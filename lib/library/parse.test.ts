import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSd71 } from "./parse-sd71";
import { parseSd73 } from "./parse-sd73";
import { plainText } from "./types";

const sd73 = parseSd73(readFileSync("prisma/sources/sd73-kamloops-teachers-2022-2025.txt", "utf8"));
const sd71 = parseSd71(readFileSync("prisma/sources/sd71-comox-cupe439-2014-2019.txt", "utf8"));
const byId = (list: typeof sd73, id: string) => list.find((a) => a.articleId === id)!;

describe("SD73 source import", () => {
  it("yields every article of sections A–G, the letters (LOU 1–45), MOA 10 and Appendices A and B", () => {
    const ids = sd73.map((a) => a.articleId);
    for (const id of ["A.1", "A.6", "A.7", "B.1", "B.2", "B.23", "C.2", "C.4", "C.12", "C.14", "D.17", "E.20", "F.13", "G.32"]) expect(ids).toContain(id);
    for (const n of [1, 2, 4, 11, 12, 17, 26, 33, 37, 42, 43, 45]) expect(ids).toContain(`LOU ${n}`);
    expect(ids).toEqual(expect.arrayContaining(["LOU 3.a", "LOU 3.b", "MOA 10", "Appendix A", "Appendix B", "Preamble"]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("A.6 Grievance Procedure keeps its clause structure: A.6.2.b is the 30-working-day limit", () => {
    const a6 = byId(sd73, "A.6");
    expect(a6.heading).toBe("GRIEVANCE PROCEDURE");
    expect(a6.sectionPath).toEqual(["Section A – The Collective Bargaining Relationship"]);
    const b = a6.blocks.find((x) => x.type === "p" && x.anchor === "A.6.2.b");
    expect(b && b.type === "p" && b.text).toMatch(/^The grievance must be raised within thirty \(30\) working days/);
    expect(a6.anchors).toEqual(expect.arrayContaining(["A.6.4.a.ii", "A.6.7.c.iii", "A.6.9.e.iii"]));
  });

  it("C.12 recall clauses nest to C.12.1.c.vi.5 (three years elapse) and C.2 to C.2.7.c.ii", () => {
    expect(byId(sd73, "C.12").anchors).toEqual(expect.arrayContaining(["C.12.1.c.vi.5", "C.12.1.c.vii", "C.12.4.b"]));
    expect(byId(sd73, "C.2").anchors).toEqual(expect.arrayContaining(["C.2.3.b.i.2", "C.2.7.c.ii", "C.2.7.e"]));
  });

  it("B.2.8 non-certificated daily rates are a real table ($156.43 from July 1, 2024)", () => {
    const t = byId(sd73, "B.2").blocks.find((x) => x.type === "table");
    expect(t && t.type === "table" && t.head).toEqual([["Date", "Salary"]]);
    expect(t && t.type === "table" && t.rows[2]).toEqual(["Effective July 1, 2024", "$ 156.43"]);
  });

  it("Appendix A holds the six salary grids; Kamloops 2024-25 Cat 5 Step 8 is $99,972", () => {
    const tables = byId(sd73, "Appendix A").blocks.filter((x) => x.type === "table");
    expect(tables).toHaveLength(6);
    const k2425 = tables.find((t) => t.type === "table" && /^Kamloops Teachers Salary Grid July 1, 2024/.test(t.caption));
    expect(k2425 && k2425.type === "table" && k2425.head[0]).toEqual(["Step", "Cat 4", "Cat 5", "Cat 5+", "Cat 6"]);
    expect(k2425 && k2425.type === "table" && k2425.rows.find((r) => r[0] === "8")?.[2]).toBe("$ 99,972");
  });

  it("LOU 11 (TTOC experience credit transfer) has its heading from the Re: line", () => {
    expect(byId(sd73, "LOU 11").heading).toBe("Article C.4 TTOC Employment – TTOC Experience Credit Transfer within a District");
    const p6 = byId(sd73, "LOU 11").blocks.find((x) => x.type === "p" && x.anchor === "LOU 11 ¶6");
    expect(p6 && p6.type === "p" && p6.text).toContain("17 FTE days of TTOC experience credit will equal/be converted to one month");
    expect(plainText(byId(sd73, "LOU 11").blocks)).toContain("TEACHER NOTICE: LOU 11");
  });
});

describe("SD71 source import", () => {
  it("yields each clause (12.02, 15.04, 17.08, 21.01, 25.04) and the wage schedules, letters and appendices", () => {
    const ids = sd71.map((a) => a.articleId);
    for (const id of ["1.01", "12.01", "12.02", "12.04", "15.04", "16.01", "17.08", "19.01", "21.01", "25.03", "25.04", "38.03"]) expect(ids).toContain(id);
    for (const id of ["Pay Grade Classification", "Hourly Wage Schedule", "Wage Increases and Trades Adjustment", "Schedule A", "Schedule B", "Schedule C"]) expect(ids).toContain(id);
    expect(ids).toEqual(expect.arrayContaining(["LOU 1", "LOU 2", "LOU 3", "Framework", "Appendix A", "Appendix D", "10", "33"]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("17.08 Severance Pay sits under Article 17 with clauses 17.08(a) and (b)", () => {
    const c = byId(sd71, "17.08");
    expect(c.heading).toBe("Severance Pay");
    expect(c.sectionPath).toEqual(["Article 17 – Layoffs and Recalls"]);
    expect(c.anchors).toEqual(["17.08(a)", "17.08(b)"]);
  });

  it("15.04(a)(3) layoff bands nest to 15.04(a)(3)(iv)", () => {
    expect(byId(sd71, "15.04").anchors).toEqual(expect.arrayContaining(["15.04(a)(3)", "15.04(a)(3)(iv)", "15.04(c)"]));
  });

  it("the hourly wage schedule holds eight dated tables; grade 8 step 2 from May 1, 2019 is 25.61", () => {
    const tables = byId(sd71, "Hourly Wage Schedule").blocks.filter((x) => x.type === "table");
    expect(tables).toHaveLength(8);
    const last = tables[7];
    expect(last.type === "table" && last.caption).toBe("CUPE - Effective May 1, 2019 *");
    expect(last.type === "table" && last.rows.find((r) => r[0] === "8")?.[2]).toBe("25.61");
  });

  it("the merged heading line 'ARTICLE 16 – …**16.01 Posting Vacancies**' yields both article and clause", () => {
    expect(byId(sd71, "16.01").heading).toBe("Posting Vacancies");
    expect(byId(sd71, "16.01").sectionPath).toEqual(["Article 16 – Promotions and Staff Changes"]);
  });
});
