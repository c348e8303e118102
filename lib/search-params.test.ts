import { describe, expect, it } from "vitest";
import { first, pageNumber } from "./search-params";

describe("query parameters", () => {
  it("reads the first of a repeated key", () => {
    expect(first(["a", "b"])).toBe("a");
    expect(first("a")).toBe("a");
    expect(first(undefined)).toBeUndefined();
  });
  it("reads a page number from 1 to 10,000 and anything else as page 1", () => {
    expect(pageNumber("3")).toBe(3);
    expect(pageNumber(["4", "2"])).toBe(4);
    expect(pageNumber("99999999999999999999")).toBe(10_000);
    expect(pageNumber("-1")).toBe(1);
    expect(pageNumber("NaN")).toBe(1);
    expect(pageNumber(undefined)).toBe(1);
  });
});
