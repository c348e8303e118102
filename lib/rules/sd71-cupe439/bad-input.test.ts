// Bad input never escapes as a TypeError, NaN or undefined: every public function either
// returns a full result or throws a RulesError naming a field and an article.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import * as api from "./index";
import { RulesError } from "../core/errors";

const functions = Object.entries(api).filter(([name, f]) => typeof f === "function" && name !== "sd71Classification" && name !== "sd71HolidaysOfYear") as [string, (x: unknown) => unknown][];

function check(name: string, f: (x: unknown) => unknown, input: unknown): void {
  let result: unknown;
  try {
    result = f(input);
  } catch (e) {
    expect(e, `${name} threw ${String(e)}`).toBeInstanceOf(RulesError);
    expect((e as RulesError).field, name).toBeTruthy();
    expect((e as RulesError).article, name).toBeTruthy();
    return;
  }
  const json = JSON.stringify(result);
  expect(json, name).not.toMatch(/NaN|undefined|Infinity/);
}

describe("bad input is refused with a typed error naming field and article (all SD71 functions)", () => {
  it("null, undefined, {}, [] and strings", () => {
    expect(functions.length).toBeGreaterThan(40);
    for (const [name, f] of functions) for (const input of [null, undefined, {}, [], "2024-01-01", 42]) check(name, f, input);
  });
  it("random objects with plausible keys and hostile values", () => {
    const hostile = fc.oneof(fc.constant(NaN), fc.constant(Infinity), fc.constant(-1), fc.constant(""), fc.constant("2024-02-30"), fc.constant(null), fc.double(), fc.string(), fc.integer());
    const keys = ["date", "payGrade", "step", "rateCents", "hours", "days", "trigger", "limit", "seniorityDate", "layoffEffectiveDate", "status", "policies", "callouts", "calls", "shiftArticle", "effectiveDate", "employees", "eliminatedPositions"];
    fc.assert(
      fc.property(fc.constantFrom(...functions), fc.dictionary(fc.constantFrom(...keys), hostile), ([name, f], input) => check(name, f, input)),
      { numRuns: 2000 },
    );
  });
});
