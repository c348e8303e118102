import { describe, expect, it } from "vitest";
import data from "./tests/time-limits.json";
import years from "./tests/school-years.json";
import { sd73TimeLimit, type Sd73TimeLimitInput } from "./time-limits";
import { sd73SchoolYear } from "./school-year";
import { RulesError } from "@/lib/rules/core";

describe("SD73 time limits (A.6, A.7, spec §6–7)", () => {
  for (const c of data.cases)
    it(`${c.name} [${c.article}]`, () => {
      const r = sd73TimeLimit(c.input as Sd73TimeLimitInput);
      expect(r).toMatchObject(c.expected);
      expect(r.citations[0]).toBe(r.article);
      expect(r.steps.at(-1)).toContain(r.date);
      if ((c as { warning?: string }).warning) expect(r.warnings.join(" ")).toContain((c as { warning?: string }).warning);
    });
  for (const e of data.errors)
    it(e.name, () => {
      let err: unknown;
      try {
        sd73TimeLimit(e.input as unknown as Sd73TimeLimitInput);
      } catch (x) {
        err = x;
      }
      expect(err).toBeInstanceOf(RulesError);
      expect((err as RulesError).field).toBe(e.field);
      if (e.article) expect((err as RulesError).article).toBe(e.article);
    });
});

describe("D.17.1 school years (WD-B profile)", () => {
  for (const c of years.cases)
    it(`${c.name} [${c.article}]`, () => expect(sd73SchoolYear(c.input)).toMatchObject(c.expected));
});
