// Runs every test record in tests/*.json: { name, article, fn, input, expected } or
// { …, error: { field, article } }. `expected` is matched as a subset of the result.
import { describe, it, expect } from "vitest";
import * as api from "./index";
import { RulesError } from "../core/errors";

const files = import.meta.glob<{ default: TestCase[] }>("./tests/*.cases.json", { eager: true });

interface TestCase {
  name: string;
  article: string;
  fn: keyof typeof api;
  input: unknown;
  expected?: Record<string, unknown>;
  error?: { field: string; article?: string };
}

for (const [file, mod] of Object.entries(files)) {
  describe(file.replace("./tests/", ""), () => {
    for (const c of mod.default) {
      it(`${c.name} (${c.article})`, () => {
        const fn = api[c.fn] as unknown as (x: unknown) => Record<string, unknown>;
        expect(typeof fn, `unknown function ${String(c.fn)}`).toBe("function");
        if (c.error) {
          let caught: unknown;
          try {
            fn(c.input);
          } catch (e) {
            caught = e;
          }
          expect(caught, "expected a typed error").toBeInstanceOf(RulesError);
          expect((caught as RulesError).field).toBe(c.error.field);
          if (c.error.article) expect((caught as RulesError).article).toContain(c.error.article);
        } else {
          const r = fn(c.input);
          expect(r).toMatchObject(c.expected ?? {});
          expect(Array.isArray(r.citations) && r.citations.length > 0).toBe(true);
          expect(Array.isArray(r.steps) && r.steps.length > 0).toBe(true);
          expect(Array.isArray(r.interpretations)).toBe(true);
        }
      });
    }
  });
}
