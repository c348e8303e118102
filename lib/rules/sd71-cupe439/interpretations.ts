// Named interpretations: the spec's ambiguity register (§14, ids A1–A45). Each is a
// policy with the spec's default that an organization may override; every result
// lists the ids it applied. Overrides are keyed by id: { A1: "straightTimeTo8" }.
import { definePolicies } from "../core/policy";

export const SD71_POLICIES = definePolicies({
  A1: { title: "Schedule A weekly overtime", articles: ["18.02(a)", "19.02"], default: "literal1902",
    options: { literal1902: "19.02(b) as written: hours over 35 in the week (excluding daily overtime) at 1.5×", straightTimeTo8: "pre-authorized hours up to 8 a day stay at straight time (18.02(a))" } },
  A2: { title: "Holiday-week overtime thresholds", articles: ["21.03", "19.02"], default: "reduced",
    options: { reduced: "weekly thresholds reduced by one-fifth of regular weekly hours per holiday", unchanged: "weekly thresholds unchanged" } },
  A3: { title: "Unpaid-break seniority reductions", articles: ["15.01(b)", "15.04(c)", "15.03(e)"], default: "fullBreak",
    options: { fullBreak: "each break over 60 working days counts in full", excessOnly: "only the working days beyond 60 count", aggregate: "all breaks summed; the whole sum counts when it exceeds 60" } },
  A5: { title: "Layoff bands at exactly 3 and 7 years", articles: ["15.04(a)(3)"], default: "closeUpward",
    options: { closeUpward: "exactly 3 years → 18 months; exactly 7 years → 24 months", closeDownward: "exactly 3 years → 12 months; exactly 7 years → 18 months" } },
  A6: { title: "Severance salary basis", articles: ["17.08(b)"], default: "best12Consecutive",
    options: { best12Consecutive: "highest 12 consecutive months of the preceding 48", bestNonConsecutive12: "highest 12 months of the preceding 48 in any order" } },
  A7: { title: "Bumping target", articles: ["17.04"], default: "leastSeniorEligible",
    options: { leastSeniorEligible: "the least senior eligible incumbent is displaced", mostSeniorEligible: "the most senior eligible (less senior) incumbent is displaced" } },
  A8: { title: "Vacation after 20 years", articles: ["22.02(e)", "22.02(f)"], default: "twelvePercent",
    options: { twelvePercent: "20 years → 26 days … 24 years → 30 days; 12% floor from 20 years", tenUntilThirtyDays: "same days; 10% floor until 30 days are reached" } },
  A9: { title: "Callout minimum and merged time", articles: ["19.01(a)"], default: "doubleElapsed",
    options: { doubleElapsed: "2-hour minimum paid at 2×; merged callouts paid on the elapsed span", doubleSum: "2-hour minimum at 2×; merged callouts paid on the sum of work", straightElapsed: "2-hour minimum at 1×, work at 2×; elapsed span" } },
  A11: { title: "Retirement benefit maximum", articles: ["26.02"], default: "sickComponent",
    options: { sickComponent: "the 52/60-day maximum caps the sick-leave component", total: "the maximum caps the total days" } },
  A14: { title: "Substitution not known in advance", articles: ["25.06(a)"], default: "fromDay6",
    options: { fromDay6: "higher rate from day 6", retroactiveToDay1: "higher rate from day 1 once the assignment exceeds 5 days" } },
  A25: { title: "ESA qualifying test for holidays", articles: ["21.01(b)"], default: "apply",
    options: { apply: "30 days employed and 15 of the 30 days before the holiday", ignore: "every holiday between start and layoff date" } },
  A29: { title: "Layoff notice counting", articles: ["17.03"], default: "strictlyBetween",
    options: { strictlyBetween: "30 working days strictly between notice and effective date", noticeDayCounts: "the notice day itself counts" } },
  A30: { title: "Work during layoff", articles: ["15.04(b)"], default: "perStint",
    options: { perStint: "each recall of fewer than 5 days is ignored; 5 or more ends the layoff period", cumulative: "days worked are summed over the layoff period" } },
  A33: { title: "Premiums on overtime hours", articles: ["Schedule C", "19.02"], default: "straightValue",
    options: { straightValue: "differentials and weekend premium at straight value on every hour", multiplied: "premiums multiplied by the overtime factor" } },
  A34: { title: "Second phone call over 0.5 h", articles: ["19.01(b)(2)"], default: "separateWhenOver",
    options: { separateWhenOver: "calls paid separately when the total exceeds 0.5 h", combineActual: "calls merged and paid on combined actual time" } },
  A36: { title: "Vacation proration denominator", articles: ["22.01(c)", "22.02"], default: "d260",
    options: { d260: "260 working days (52 × 5)", d261: "261 working days", d195: "195 school days" } },
  A38: { title: "Related incident and discipline letters", articles: ["14.04"], default: "blocksRemoval",
    options: { blocksRemoval: "a related incident blocks removal (human review)", restartsClock: "a related incident restarts the 24 months from its own date" } },
});

export type Sd71PolicyId = keyof typeof SD71_POLICIES.defs;
export type Sd71Policies = ReturnType<typeof SD71_POLICIES.resolve>;
export const sd71Policies = (overrides: unknown): Sd71Policies => SD71_POLICIES.resolve(overrides);
