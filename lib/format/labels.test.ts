import { describe, expect, it } from "vitest";
import { humanize, labelOf, LIF_STATUS_LABELS } from "./labels";

describe("labels never show internal codes", () => {
  it("a LIF status key reads as words", () => {
    expect(labelOf(LIF_STATUS_LABELS, "signed-by-local")).toBe("Signed by the local (complete)");
  });
  it("an unknown rule id or enum value is turned into words", () => {
    expect(humanize("NO_STATED_LIMIT")).toBe("No stated limit");
    expect(labelOf({}, "AT_ARBITRATION")).toBe("At arbitration");
  });
});
