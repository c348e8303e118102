/**
 * SD73 interpretations (spec §12, Ambiguity register) as named policies. Each has the
 * spec's default; an organization may override any of them per call (`policies`).
 */
import { definePolicies, type PolicyChoices } from "@/lib/rules/core";

export const sd73Policies = definePolicies({
  "AMB-02": {
    title: "Rounding of TTOC pay",
    articles: ["B.2.6", "B.2.9.g"],
    options: {
      "round-final": "compute exactly and round half up once on the final daily amount",
      "round-rate-first": "round the 1/189 daily rate to the cent first, then round the final amount",
    },
    default: "round-final",
  },
  "AMB-03": {
    title: "$11 in lieu of benefits for non-certificated substitutes",
    articles: ["B.2.5", "B.2.8", "C.14.1"],
    options: {
      "applies-to-substitutes": "B.2.8 calls substitutes \"Non-certificated Teachers Teaching on Call\", so B.2.5 applies",
      "certificated-only": "the B.2.8 daily rate is all-inclusive; no in-lieu payment for substitutes",
    },
    default: "applies-to-substitutes",
  },
  "AMB-04": {
    title: "Grid for TTOC pay and the B.2.6 cap",
    articles: ["B.2.6", "MOA 10 ¶3(h)(vii)–(viii)"],
    options: {
      "kamloops-for-all": "all TTOCs are paid on the Kamloops grid with the Kamloops Cat 5 Step 8 cap",
      "grid-as-given": "a grandfathered North Thompson TTOC is paid on the North Thompson grid and its Cat 5 Step 8 cap",
    },
    default: "kamloops-for-all",
  },
  "AMB-07": {
    title: "C.4 experience credit for part days",
    articles: ["C.4", "B.2.9.d"],
    options: {
      "worked-fraction": "credit the FTE fraction actually worked (dispatch)",
      "paid-fraction": "credit the paid fraction (at least one half day per callout)",
    },
    default: "worked-fraction",
  },
  "AMB-08": {
    title: "Seniority during leaves over one month",
    articles: ["C.2.7.e", "C.2.7.d"],
    options: {
      "whole-leave-excluded": "a leave over one month is excluded entirely, unless another article grants seniority",
      "excess-only": "only the part of the leave beyond one month is excluded",
    },
    default: "whole-leave-excluded",
  },
  "AMB-10": {
    title: "Recall: day type of the 5-day appeal; partial teaching months; protected periods",
    articles: ["C.12.1.c.vi.5", "C.12.1.c.vii", "C.12.1.c.x"],
    options: {
      default: "appeal in 5 calendar days; partial months count as session days covered ÷ session days; a protected period defers expiry to its end (≤ 2 years)",
      "working-days-and-whole-months": "appeal in 5 working days; any month touched by a temporary contract counts as a whole teaching month; protection suspends refusals only",
    },
    default: "default",
  },
  "AMB-11": {
    title: "Severance: fractional FTE years",
    articles: ["C.12.4.b"],
    options: {
      "pro-rated": "count fractional FTE years of continuous service exactly",
      "whole-years": "count whole FTE years only",
    },
    default: "pro-rated",
  },
  "AMB-13": {
    title: "Class size: flex factor vs S1, intermediate maximum in combined classes",
    articles: ["D.1", "LOU 12 ¶8", "LOU 12 ¶16.B"],
    options: {
      "literal-s1": "a class within maximum + 2 is compliant, but once over it S1 counts from the maximum; the lowest intermediate maximum is 29",
      "flex-raises-max": "S1 counts from maximum + 2; the lowest intermediate maximum is 27",
    },
    default: "literal-s1",
  },
  "AMB-16": {
    title: "Sick leave: the 120-day maximum in a school year",
    articles: ["G.18.4"],
    options: {
      "cap-deductions": "at most 120 days are deducted from the bank in a school year",
      "cap-paid-days": "at most 120 working days of paid sick leave in a school year (LOU 42 days deducted at 1.25 within them)",
    },
    default: "cap-deductions",
  },
  "AMB-21": {
    title: "Month arithmetic from a month-end",
    articles: ["C.3.2.e.iii", "C.12.1.c.vi.5"],
    options: {
      "month-end": "a month-end date plus months is a month-end date (June 30 + 6 months = December 31)",
      "same-day": "same day of the month, clamped to the month's length",
    },
    default: "month-end",
  },
  "AMB-28": {
    title: "LOU 37 prep-coverage 125% with a LOU 42 four-day-week 125%",
    articles: ["LOU 37", "LOU 42"],
    options: {
      multiply: "apply both multipliers (1.25 × 1.25)",
      "greater-only": "apply only one 125% multiplier",
    },
    default: "multiply",
  },
});

export type Sd73PolicyChoices = PolicyChoices<typeof sd73Policies.defs>;
export type Sd73Policies = Partial<Sd73PolicyChoices>;
