import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvRecords, toCsv } from "./csv";

describe("CSV", () => {
  it("parses quoted fields with commas, doubled quotes and CRLF line ends", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n')).toEqual([["a", "b"], ["x, y", 'say "hi"']]);
  });
  it("skips a byte-order mark and blank lines", () => {
    expect(parseCsv("\ufeffa\n\nb\n")).toEqual([["a"], ["b"]]);
  });
  it("rejects an unterminated quote", () => {
    expect(() => parseCsv('a\n"open')).toThrow(/quoted field/);
  });
  it("round-trips what it writes, neutralising spreadsheet formulas", () => {
    const text = toCsv(["n", "t"], [[1, "O'Brien, Pat"], [2, "=SUM(A1)"]]);
    expect(parseCsv(text)).toEqual([["n", "t"], ["1", "O'Brien, Pat"], ["2", "'=SUM(A1)"]]);
  });
  it("neutralises every formula-looking cell, including one that starts like a negative number, but not plain numbers", () => {
    const text = toCsv(["v"], [["-2+3+cmd|' /C calc'!A0"], ["+1"], ["@SUM(A1)"], ["\tx"], ["-12.50"], ["-7"], ["3"]]);
    expect(parseCsv(text).slice(1).map((r) => r[0])).toEqual(["'-2+3+cmd|' /C calc'!A0", "+1", "'@SUM(A1)", "'\tx", "-12.50", "-7", "3"]);
  });
  it("writes CRLF line ends and quotes fields with line breaks", () => {
    expect(toCsv(["a", "b"], [["x\ny", 'q"']])).toBe('a,b\r\n"x\ny","q"""\r\n');
  });
  it("reports missing and unknown header columns", () => {
    const r = parseCsvRecords("a,zz\n1,2\n", ["a", "b"], ["a", "b"]);
    expect(r.error).toMatch(/missing column\(s\): b; unknown column\(s\): zz/);
  });
});
