import { describe, expect, it } from "vitest";
import { monthGrid } from "./month";

describe("deadline month grid", () => {
  it("February 2025 starts on a Saturday, has 28 days in 5 Monday-first weeks; neighbours are 2025-01 and 2025-03", () => {
    const g = monthGrid("2025-02");
    expect(g.title).toBe("February 2025");
    expect(g.weeks).toHaveLength(5);
    expect(g.weeks[0].slice(0, 6)).toEqual([null, null, null, null, null, "2025-02-01"]);
    expect(g.last).toBe("2025-02-28");
    expect([g.prev, g.next]).toEqual(["2025-01", "2025-03"]);
  });
  it("December 2024 rolls over to January 2025", () => {
    expect(monthGrid("2024-12").next).toBe("2025-01");
    expect(monthGrid("2025-01").prev).toBe("2024-12");
  });
});
