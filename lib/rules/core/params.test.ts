import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineSeries } from "./params";
import { NotCoveredError, ParameterError } from "./errors";
import { tryParseIsoDate } from "./date";

const rate = () =>
  defineSeries(
    {
      name: "Non-certificated daily rate",
      article: "B.2.8",
      coverageTo: "2025-06-30",
      continuation: { article: "A.1.2", note: "terms remain in effect until a new agreement" },
      values: [
        { from: "2022-07-01", value: 14228, cite: "B.2.8" },
        { from: "2023-07-01", value: 15188, cite: "B.2.8" },
        { from: "2024-07-01", value: 15643, cite: "B.2.8" },
      ],
    },
    z.number().int(),
  );
const d = (s: string) => tryParseIsoDate(s)!;

describe("effective-dated parameters", () => {
  it("B.2.8: the value on each side of an effective date", () => {
    expect(rate().on(d("2024-06-30"), "date").value).toBe(15188);
    expect(rate().on(d("2024-07-01"), "date").value).toBe(15643);
  });
  it("B.2.8: a date before coverage is refused naming the article", () => {
    expect(() => rate().on(d("2022-06-30"), "date")).toThrow(NotCoveredError);
    expect(() => rate().on(d("2022-06-30"), "date")).toThrow(/B\.2\.8/);
  });
  it("A.1.2: after the term the last value continues, and says so", () => {
    const l = rate().on(d("2025-07-01"), "date");
    expect(l).toMatchObject({ value: 15643, continued: true, continuationArticle: "A.1.2" });
    expect(rate().on(d("2025-06-30"), "date").continued).toBe(false);
  });
  it("without a continuation clause a date after coverage is refused", () => {
    const s = defineSeries({ name: "x", article: "LOU 43", coverageTo: "2025-06-30", values: [{ from: "2021-07-01", value: 1, cite: "LOU 43" }] }, z.number());
    expect(() => s.on(d("2025-07-01"), "date")).toThrow(NotCoveredError);
  });
  it("a misplaced key in the data fails at load", () => {
    expect(() =>
      defineSeries(
        { name: "x", article: "B.2.8", coverageTo: "2025-06-30", values: [{ from: "2022-07-01", value: 1, cite: "B.2.8", note: "oops" } as never] },
        z.number(),
      ),
    ).toThrow(ParameterError);
  });
  it("dates out of order fail at load", () => {
    expect(() =>
      defineSeries(
        { name: "x", article: "B.2.8", coverageTo: "2025-06-30", values: [{ from: "2023-07-01", value: 1, cite: "a" }, { from: "2022-07-01", value: 2, cite: "b" }] },
        z.number(),
      ),
    ).toThrow(ParameterError);
  });
  it("a null value ends the provision", () => {
    const s = defineSeries(
      { name: "x", article: "LOU 37", coverageTo: "2030-06-30", values: [{ from: "2022-07-01", value: 1, cite: "a" }, { from: "2024-07-01", value: null, cite: "end" }] },
      z.number(),
    );
    expect(s.on(d("2024-06-30"), "date").value).toBe(1);
    expect(() => s.on(d("2024-07-01"), "date")).toThrow(NotCoveredError);
  });
});
