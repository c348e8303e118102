/** Runs the data-driven test records of each rule family (tests/*.json): sentence names, article, input, expected. */
import { describe, expect, it } from "vitest";
import { RulesError } from "@/lib/rules/core";
import salary from "./tests/salary.json";
import experience from "./tests/experience.json";
import allowances from "./tests/allowances.json";
import seniority from "./tests/seniority.json";
import layoffRecall from "./tests/layoff-recall.json";
import leaves from "./tests/leaves.json";
import classSize from "./tests/class-size.json";
import employment from "./tests/employment.json";
import seniorityPorting from "./tests/seniority-porting.json";
import payWorkload from "./tests/pay-workload.json";
import * as api from "./index";

type Fn = (input: never) => Record<string, unknown> & { citations: string[]; steps: string[]; interpretations: string[] };
const fns = api as unknown as Record<string, Fn>;
interface Case { fn: string; name: string; article: string; input: unknown; expected: Record<string, unknown> }
interface Err { fn: string; name: string; input: unknown; field: string; article?: string }
const families: Record<string, { cases: Case[]; errors?: Err[] }> = { salary, experience, allowances, seniority, layoffRecall, leaves, classSize, employment, seniorityPorting, payWorkload };

for (const [family, data] of Object.entries(families))
  describe(`SD73 ${family}`, () => {
    for (const c of data.cases)
      it(`${c.name} [${c.article}]`, () => {
        const r = fns[c.fn](c.input as never);
        expect(r).toMatchObject(c.expected);
        expect(r.citations.length).toBeGreaterThan(0);
        expect(r.steps.length).toBeGreaterThan(0);
        expect(Array.isArray(r.interpretations)).toBe(true);
      });
    for (const e of data.errors ?? [])
      it(`refuses: ${e.name}`, () => {
        let err: unknown;
        try {
          fns[e.fn](e.input as never);
        } catch (x) {
          err = x;
        }
        expect(err).toBeInstanceOf(RulesError);
        expect((err as RulesError).field).toBe(e.field);
        if (e.article) expect((err as RulesError).article).toBe(e.article);
      });
  });
