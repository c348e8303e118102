import { describe, expect, it } from "vitest";
import { definePolicies } from "./policy";
import { InputError } from "./errors";

const reg = definePolicies({
  "AMB-02": {
    title: "Rounding of TTOC pay",
    articles: ["B.2.6"],
    options: { "round-final": "round once on the daily total", "round-rate-first": "round the 1/189 rate first" },
    default: "round-final",
  },
});

describe("interpretation policies", () => {
  it("AMB-02 defaults to the spec's choice", () => expect(reg.resolve(undefined)["AMB-02"]).toBe("round-final"));
  it("AMB-02 can be overridden", () => expect(reg.resolve({ "AMB-02": "round-rate-first" })["AMB-02"]).toBe("round-rate-first"));
  it("an unknown option is refused naming the field and the article", () => {
    expect(() => reg.resolve({ "AMB-02": "nope" })).toThrow(InputError);
    try {
      reg.resolve({ "AMB-02": "nope" });
    } catch (e) {
      expect((e as InputError).field).toBe("policies.AMB-02");
      expect((e as InputError).article).toBe("B.2.6");
    }
  });
  it("an unknown policy id is refused", () => expect(() => reg.resolve({ "AMB-99": "x" })).toThrow(InputError));
  it("describes a choice for the steps", () => expect(reg.describe("AMB-02", "round-final")).toMatch(/AMB-02.*default/));
});
