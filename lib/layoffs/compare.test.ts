import { describe, expect, it } from "vitest";
import { diffScenarios, noDifference } from "./compare";
import type { LaidOffRow, ScenarioResult } from "./types";

const person = (n: string, fteMilli = 1000) => ({ employeeId: `id-${n}`, employeeNumber: n, name: `P${n}`, fteMilli }) as LaidOffRow;
const result = (laidOff: LaidOffRow[], steps: string[], effectiveDate = "2027-06-30"): ScenarioResult => ({
  agreement: "sd71-cupe439", effectiveDate, laidOff, chains: [], names: { "id-1": "P1 (1)" }, positions: {}, ties: [],
  order: { citations: [], steps, interpretations: [] }, notice: { ok: false, error: "", article: "" },
  totals: { count: laidOff.length, fteMilli: laidOff.reduce((s, x) => s + x.fteMilli, 0), severanceCents: 0 },
});

describe("Differences between two layoff scenarios", () => {
  it("lists who is laid off in one and not the other, the differing totals and the steps only one takes, naming people", () => {
    const d = diffScenarios(result([person("1"), person("2")], ["same", "id-1 displaces someone"]), result([person("2"), person("3", 500)], ["same", "other"], "2027-12-31"));
    expect(d.onlyA).toEqual(["P1 (1)"]);
    expect(d.onlyB).toEqual(["P3 (3)"]);
    expect(d.facts).toEqual(["Effective 2027-06-30 under A, 2027-12-31 under B.", "2 laid off (2 FTE) under A, 2 (1.5 FTE) under B."]);
    expect(d.stepsOnlyA).toEqual(["P1 (1) displaces someone"]);
    expect(d.stepsOnlyB).toEqual(["other"]);
  });

  it("two identical scenarios have no difference", () => {
    const r = result([person("1")], ["same"]);
    expect(noDifference(diffScenarios(r, r))).toBe(true);
  });
});
