import { describe, expect, it } from "vitest";
import { alternateQuery, MARK_START as S, MARK_STOP as E, snippetParts } from "./search-query";

describe("search query helpers", () => {
  it("writes TTOC out and abbreviates Teacher Teaching on Call (B.2, C.14 use both)", () => {
    expect(alternateQuery("teacher teaching on call")).toBe("ttoc");
    expect(alternateQuery('"Teachers Teaching on Call" pay')).toBe("ttoc pay");
    expect(alternateQuery("TTOC sick leave")).toBe('"teacher teaching on call" sick leave');
    expect(alternateQuery("severance pay")).toBeNull();
  });

  it("splits a highlighted snippet into text and matches without any HTML", () => {
    expect(snippetParts(`paid ${S}severance${E} pay <b>`)).toEqual([
      { text: "paid ", match: false },
      { text: "severance", match: true },
      { text: " pay <b>", match: false },
    ]);
  });
});
