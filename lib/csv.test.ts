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
  it("reports missing and unknown header columns", () => {
    const r = parseCsvRecords("a,zz\n1,2\n", ["a", "b"], ["a", "b"]);
    expect(r.error).toMatch(/missing column\(s\): b; unknown column\(s\): zz/);
  });
});
