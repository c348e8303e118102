import { describe, expect, it } from "vitest";
import fc from "fast-check";
import data from "./tests/b2-ttoc-pay.json";
import errors from "./tests/b2-ttoc-pay-errors.json";
import { ttocDailyPay, type TtocDailyPayInput } from "./ttoc-pay";
import { RulesError, dayFromCivil, formatIsoDate } from "@/lib/rules/core";

describe("B.2 TTOC daily pay", () => {
  for (const c of data.cases)
    it(`${c.name} [${c.article}]`, () => {
      const r = ttocDailyPay(c.input as TtocDailyPayInput);
      expect(r).toMatchObject(c.expected);
      expect(r.wageCents + r.inLieuCents).toBe(r.totalCents);
      expect(r.citations.length).toBeGreaterThan(0);
      expect(r.steps.length).toBeGreaterThan(0);
      expect(r.interpretations).toContain("AMB-02");
    });

  for (const e of errors.errors)
    it(`${e.name} [${e.article}]`, () => {
      const input = structuredClone(e.input) as Record<string, unknown>;
      if ((e as { nan?: boolean }).nan) input.callouts = [Number.NaN];
      let err: unknown;
      try {
        ttocDailyPay(input as unknown as TtocDailyPayInput);
      } catch (x) {
        err = x;
      }
      expect(err).toBeInstanceOf(RulesError);
      expect((err as RulesError).field).toBe(e.field);
      expect((err as RulesError).article).toBe(e.article);
      if ((e as { error?: string }).error) expect((err as Error).name).toBe((e as { error?: string }).error);
    });

  it("A.1.2 continuation is said in the result", () => {
    const r = ttocDailyPay({ date: "2025-09-15", certificated: true, category: "5", step: 5, callouts: [1] });
    expect(r.citations).toContain("A.1.2");
    expect(r.steps.join(" ")).toMatch(/A\.1\.2/);
  });
});

const dateArb = fc.integer({ min: 0, max: 1460 }).map((i) => formatIsoDate(dayFromCivil(2022, 7, 1) + i));
const cats = ["4", "5", "5+", "6"] as const;
const maxStepOf = (c: string) => (c === "4" ? 7 : 8);
const callouts = fc.array(fc.integer({ min: 1, max: 100 }).map((n) => n / 100), { minLength: 1, maxLength: 1 });

describe("B.2.6 properties", () => {
  it("pay never exceeds the Cat 5 Step 8 daily rate plus the in-lieu, for one day's work", () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom(...cats), fc.integer({ min: 1, max: 8 }), callouts, (date, category, s, co) => {
        const step = Math.min(s, maxStepOf(category));
        const r = ttocDailyPay({ date, certificated: true, category, step, callouts: co });
        const top = ttocDailyPay({ date, certificated: true, category: "5", step: 8, callouts: [1] });
        expect(r.totalCents).toBeLessThanOrEqual(top.totalCents);
      }),
    );
  });
  it("pay is monotonic in step", () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom(...cats), fc.integer({ min: 1, max: 7 }), callouts, (date, category, s, co) => {
        if (s + 1 > maxStepOf(category)) return;
        const lo = ttocDailyPay({ date, certificated: true, category, step: s, callouts: co });
        const hi = ttocDailyPay({ date, certificated: true, category, step: s + 1, callouts: co });
        expect(hi.totalCents).toBeGreaterThanOrEqual(lo.totalCents);
      }),
    );
  });
  it("pay is monotonic in category (4 ≤ 5 ≤ 5+ ≤ 6) at the same step", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 7 }), callouts, (date, step, co) => {
        const pays = cats.map((category) => ttocDailyPay({ date, certificated: true, category, step, callouts: co }).totalCents);
        for (let i = 1; i < pays.length; i++) expect(pays[i]).toBeGreaterThanOrEqual(pays[i - 1]);
      }),
    );
  });
});
