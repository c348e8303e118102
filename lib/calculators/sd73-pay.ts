/** SD73 teachers: TTOC day pay (B.2), salary and placement (Appendix A, B.22), part-time salary (C.13.5), unpaid-day deduction (B.26.1.a). */
import { ttocDailyPay, sd73AnnualSalary, sd73Placement, sd73UnpaidDayDeduction } from "@/lib/rules";
import { defineCalculator, money, plain } from "./define";
import { f } from "./fields";

const A = "sd73-teachers" as const;
const categories = [
  { value: "4", label: "Category 4" }, { value: "5", label: "Category 5" },
  { value: "5+", label: "Category 5+" }, { value: "6", label: "Category 6" },
] as const;
const grids = [{ value: "kamloops", label: "Kamloops" }, { value: "north-thompson", label: "North Thompson (grandfathered, MOA 10)" }] as const;
const category = f.select("category", "Category", categories, { default: "5" });
const step = f.integer("step", "Step", { default: "5", min: "0", hint: "The step as printed in Appendix A." });
const grid = f.optionalSelect("grid", "Grid", grids, { hint: "Leave blank for Kamloops." });
const yes = (b: boolean) => (b ? "Yes" : "No");

export const ttocDayPay = defineCalculator({
  id: "ttoc-day-pay",
  agreement: A,
  title: "TTOC day pay",
  summary: "One day's pay for a TTOC or a non-certificated substitute, callouts included.",
  articles: ["B.2.5", "B.2.6", "B.2.8", "B.2.9.d", "LOU 37", "LOU 42"],
  fields: [
    f.date("date", "Date worked", { default: "today" }),
    f.select("certificated", "Certification", [
      { value: "true", label: "Certificated TTOC (B.2.6)" },
      { value: "false", label: "Non-certificated substitute (B.2.8)" },
    ], { default: "true" }),
    f.optionalSelect("category", "Category", categories, { default: "5", hint: "Not used for a non-certificated substitute." }),
    f.optionalInteger("step", "Step", { default: "5", min: "0", hint: "Not used for a non-certificated substitute." }),
    f.numberList("callouts", "Callouts (worked fraction of a day, comma-separated)", { default: "1", hint: "One number per callout that day, e.g. 1 or 0.5, 0.25." }),
    f.optionalSelect("grid", "Grid", grids, { hint: "Leave blank for Kamloops." }),
    f.yesNo("fourDayWeek", "Four-day-week position (LOU 42)"),
    f.yesNo("prepCoverage", "Covering a preparation block (LOU 37 a)"),
    f.optionalInteger("offTimetableBlocks", "Blocks worked off the timetable (LOU 37 b)", { min: "0" }),
  ],
  check: (i) => (i.certificated === "true" && i.category === undefined ? { category: "Choose the TTOC's category." }
    : i.certificated === "true" && i.step === undefined ? { step: "Enter the TTOC's step." } : null),
  compute: (i, policies, params) => {
    const cert = i.certificated === "true";
    const r = ttocDailyPay({
      date: i.date,
      certificated: cert,
      ...(cert ? { category: i.category, step: i.step, grid: i.grid } : {}),
      callouts: i.callouts,
      ...(i.fourDayWeek ? { fourDayWeek: true } : {}),
      ...(i.prepCoverage ? { prepCoverage: true } : {}),
      ...(i.offTimetableBlocks ? { offTimetableBlocks: i.offTimetableBlocks } : {}),
      ...(policies ? { policies } : {}),
    }, params);
    return {
      headline: money("Total day pay", r.totalCents),
      figures: [
        money("Wage", r.wageCents),
        money("In lieu of benefits", r.inLieuCents),
        { label: "Daily rate (exact)", value: r.dailyRateExact, prefix: "$" },
        plain("Paid fraction of a day", r.paidFraction),
        plain("Multiplier", r.multiplier),
        plain("Grid", r.gridUsed),
        plain("Category 5 Step 8 cap applied", yes(r.capApplied)),
        { label: "Exact total before rounding", value: r.totalExact, prefix: "$" },
      ],
      explanation: r,
      warnings: r.warnings,
    };
  },
});

export const salaryPlacement = defineCalculator({
  id: "salary-placement",
  agreement: A,
  title: "Salary and placement",
  summary: "Annual salary for a category and step on a date, with the placement floors applied.",
  articles: ["Appendix A", "B.22", "B.1.8", "B.25"],
  fields: [
    f.date("date", "Date", { default: "today" }),
    category, step,
    f.select("track", "Appointment", [{ value: "contract", label: "Contract (continuing or temporary)" }, { value: "ttoc", label: "TTOC" }], { default: "contract" }),
    f.yesNo("letterOfPermission", "Letter of Permission holder (B.25)"),
    grid,
  ],
  compute: (i, _policies, params) => {
    const r = sd73Placement({ date: i.date, category: i.category, step: i.step, track: i.track, letterOfPermission: i.letterOfPermission, ...(i.grid ? { grid: i.grid } : {}) }, params);
    return {
      headline: money("Annual salary", r.annualSalaryCents),
      figures: [plain("Placement", `Category ${r.category} Step ${r.step}`), plain("Grid", r.gridUsed), ...r.adjustments.map((a, k) => plain(`Adjustment ${k + 1}`, a))],
      explanation: r,
    };
  },
});

export const partTimeSalary = defineCalculator({
  id: "part-time-salary",
  agreement: A,
  title: "Part-time salary",
  summary: "The portion of the scale placement for a part-time appointment's FTE.",
  articles: ["C.13.5", "Appendix A"],
  fields: [f.date("date", "Date", { default: "today" }), category, step, f.number("fte", "FTE", { default: "0.6", hint: "More than 0 and at most 1, e.g. 0.6." }), grid],
  compute: (i, _policies, params) => {
    const r = sd73AnnualSalary({ date: i.date, category: i.category, step: i.step, fte: i.fte, ...(i.grid ? { grid: i.grid } : {}) }, params);
    return {
      headline: money("Annual salary at this FTE", r.proratedCents),
      figures: [money("Full-time salary", r.annualSalaryCents), plain("Grid", r.gridUsed)],
      explanation: r,
    };
  },
});

export const unpaidDayDeduction = defineCalculator({
  id: "unpaid-day-deduction",
  agreement: A,
  title: "Deduction for days without pay",
  summary: "What a day (or half day) without pay costs: 1/195 of salary, 1/156 on a four-day week.",
  articles: ["B.26.1.a", "LOU 42"],
  fields: [
    f.date("date", "Date", { default: "today" }), category, step,
    f.number("fte", "FTE", { default: "1" }),
    f.number("days", "Days without pay", { default: "1", hint: "Whole or half days." }),
    f.yesNo("fourDayWeek", "Four-day-week position (LOU 42)"), grid,
  ],
  compute: (i, _policies, params) => {
    const r = sd73UnpaidDayDeduction({ date: i.date, category: i.category, step: i.step, fte: i.fte, days: i.days, fourDayWeek: i.fourDayWeek, ...(i.grid ? { grid: i.grid } : {}) }, params);
    return {
      headline: money("Deduction", r.deductionCents),
      figures: [{ label: "Per day (exact)", value: r.perDayExact, prefix: "$" }, plain("Divisor", r.divisor)],
      explanation: r,
    };
  },
});
