/** SD71 CUPE 439: pay on a date (Hourly Wage Schedule, 18.02), overtime (19.02), minimum pay when sent home (18.01), shift differentials (Schedule C). */
import { hourlyRate, sd71DailyPay, sd71WeeklyOvertime, sd71ReportingPay, sd71ShiftDifferential, core } from "@/lib/rules";
import { defineCalculator, money, plain } from "./define";
import { f } from "./fields";
import { PAY_GRADES, payGradeOf, rateFields, checkRate, resolveRate, rateErrorField, joinExplanations } from "./sd71-rate";

const A = "sd71-cupe439" as const;
export const SHIFTS = [
  { value: "18.02(a)", label: "18.02(a) Schedule A (35-hour week)" },
  { value: "18.02(b)", label: "18.02(b) Maintenance Accounts Clerk (40-hour week)" },
  { value: "18.02(c)", label: "18.02(c) Day shift (40-hour week)" },
  { value: "18.02(d)", label: "18.02(d) Afternoon shift (37.5-hour week)" },
  { value: "18.02(e)", label: "18.02(e) Night shift (37.5-hour week)" },
] as const;

export const payOnDate = defineCalculator({
  id: "pay-on-date",
  agreement: A,
  title: "Hourly, daily and weekly pay on a date",
  summary: "The wage-schedule rate for a pay grade and step on a date, and the day's and week's pay.",
  articles: ["Hourly Wage Schedule", "25.01", "18.02", "38.01"],
  fields: [
    f.date("date", "Date worked", { default: "today" }),
    f.select("payGrade", "Pay grade", PAY_GRADES, { default: "5" }),
    f.integer("step", "Step (1–3)", { default: "2", min: "1" }),
    f.optionalSelect("shiftArticle", "Shift (18.02)", SHIFTS, { default: "18.02(a)", hint: "Or leave blank and give the posted daily hours." }),
    f.optionalNumber("dailyHours", "Posted daily hours", { hint: "For part-time or trades positions (1.10, 18.02(f))." }),
    f.optionalNumber("weeklyHours", "Posted weekly hours"),
  ],
  check: (i) => (i.shiftArticle === undefined && i.dailyHours === undefined ? { shiftArticle: "Choose a shift, or give the posted daily hours." } : null),
  compute: (i) => {
    const rate = hourlyRate({ date: i.date, payGrade: payGradeOf(i.payGrade), step: i.step });
    const pay = sd71DailyPay({
      rateCents: rate.cents,
      ...(i.shiftArticle ? { shiftArticle: i.shiftArticle } : {}),
      ...(i.dailyHours !== undefined ? { dailyHours: i.dailyHours } : {}),
      ...(i.weeklyHours !== undefined ? { weeklyHours: i.weeklyHours } : {}),
    });
    return {
      headline: money("Daily pay", pay.dailyCents),
      figures: [
        money("Hourly rate", rate.cents),
        ...(pay.weeklyCents !== null ? [money("Weekly pay", pay.weeklyCents)] : []),
        plain("Wage table", rate.tableEffective),
        ...(rate.continuation ? [plain("Continued under", `38.01 (term ended ${rate.continuation.termEnd})`)] : []),
      ],
      explanation: joinExplanations(rate, pay),
    };
  },
});

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const DAY_KEYS = DAYS.map((d) => d.slice(0, 3).toLowerCase());
const WEEK_STARTS = [
  { value: "sunday", label: "Sunday to Saturday" },
  { value: "monday", label: "Monday to Sunday" },
] as const;
/** The day fields in the week's order: Sunday first, or last in a Monday–Sunday week. */
const weekOrder = (monday: boolean) => (monday ? [...DAY_KEYS.slice(1), DAY_KEYS[0]] : DAY_KEYS);
const dayFields = DAYS.map((d, k) => f.optionalNumber(DAY_KEYS[k], `${d} hours`, { group: "Hours worked" }));

export const overtime = defineCalculator({
  id: "overtime",
  agreement: A,
  title: "Overtime for a week of hours",
  summary: "Straight time and overtime for one week (Sunday–Saturday, or the employer's Monday–Sunday week), holidays and Sundays included.",
  articles: ["19.02", "19.01(c)", "21.03", "21.04", "18.02(a)"],
  fields: [
    f.date("week", "A date in the week", { default: "today" }),
    f.optionalSelect("weekStart", "Overtime week", WEEK_STARTS, { default: "sunday", hint: "Blank is Sunday to Saturday. Where the employer's week ends on Sunday, Sunday hours beyond the weekly hours are double time (19.01(c))." }),
    f.select("shiftArticle", "Shift (18.02)", SHIFTS, { default: "18.02(c)" }),
    ...rateFields(),
    ...dayFields,
    f.yesNo("preAuthorized", "Extra hours up to 8 a day authorized in advance (18.02(a))"),
  ],
  check: (i) => checkRate(i) ?? (DAY_KEYS.every((d) => (i as Record<string, unknown>)[d] === undefined) ? { mon: "Enter the hours of at least one day." } : null),
  errorField: (field, input) => {
    // days.k is the k-th day with hours entered, in the week's order
    const m = /^days\.(\d+)/.exec(field);
    return m ? weekOrder(input.weekStart === "monday").filter((d) => input[d] !== undefined)[Number(m[1])] : rateErrorField(field);
  },
  compute: (i, policies) => {
    const start = core.tryParseIsoDate(i.week)!;
    const monday = i.weekStart === "monday";
    // The week's first day (A32); with a Monday start the Sunday field is the week's last day.
    const first = monday ? start - (core.isoWeekday(start) - 1) : start - (core.isoWeekday(start) % 7);
    const rec = i as Record<string, unknown>;
    const days = weekOrder(monday).flatMap((d, k) => {
      const h = rec[d] as number | undefined;
      return h === undefined ? [] : [{ date: core.formatIsoDate(first + k), hours: h, ...(i.preAuthorized ? { straightTimeAuthorized: true } : {}) }];
    });
    const rate = resolveRate(i, core.formatIsoDate(first));
    const r = sd71WeeklyOvertime({ shiftArticle: i.shiftArticle, rateCents: rate.cents, days, ...(monday ? { weekStart: "monday" as const } : {}), ...(policies ? { policies } : {}) });
    return {
      headline: money("Pay for the week", r.totalCents),
      figures: [
        money("Hourly rate", rate.cents),
        plain("Week", `${core.formatIsoDate(first)} to ${core.formatIsoDate(first + 6)}`),
        plain("Hours at straight time", r.hoursAt["1"]),
        plain("Hours at 1.5×", r.hoursAt["1.5"]),
        plain("Hours at 2×", r.hoursAt["2"]),
        plain("Weekly thresholds (1.5× after, 2× after)", `${r.weeklyThresholds.at1_5} h, ${r.weeklyThresholds.at2} h`),
        ...(r.holidaysInWeek.length ? [plain("Holidays in the week", r.holidaysInWeek.join(", "))] : []),
      ],
      explanation: joinExplanations(rate.lookup, r),
    };
  },
});

export const sentHome = defineCalculator({
  id: "minimum-pay-sent-home",
  agreement: A,
  title: "Minimum pay when sent home",
  summary: "Pay owed when an employee reports for work and is sent home before or soon after starting.",
  articles: ["18.01(b)", "18.01(c)", "18.01(d)"],
  fields: [
    f.date("date", "Date", { default: "today", hint: "Used only to look up the rate from a pay grade." }),
    ...rateFields(),
    f.number("scheduledHours", "Scheduled hours that day", { default: "8" }),
    f.number("hoursWorked", "Hours worked before being sent home", { default: "0" }),
    f.yesNo("exempt", "Exempt under 18.01(d) (CT or temporary EA not posted into a position, supervision assistant)"),
  ],
  check: (i) => checkRate(i),
  errorField: rateErrorField,
  compute: (i) => {
    const rate = resolveRate(i, i.date);
    const r = sd71ReportingPay({ rateCents: rate.cents, scheduledHours: i.scheduledHours, hoursWorked: i.hoursWorked, exemptUnder1801d: i.exempt });
    return { headline: money("Pay owed", r.cents), figures: [plain("Hours paid", r.paidHours), money("Hourly rate", rate.cents)], explanation: joinExplanations(rate.lookup, r) };
  },
});

export const shiftDifferential = defineCalculator({
  id: "shift-differential",
  agreement: A,
  title: "Shift differentials",
  summary: "Base pay and the Schedule C shift differential for an afternoon, night or split shift.",
  articles: ["Schedule C 1", "18.02(d)", "18.02(e)", "20.01"],
  fields: [
    f.date("date", "Date worked", { default: "today" }),
    ...rateFields(),
    f.select("shift", "Shift", [{ value: "afternoon", label: "Afternoon" }, { value: "night", label: "Night" }, { value: "split", label: "Split" }], { default: "afternoon" }),
    f.number("hours", "Hours worked on the shift", { default: "7.5" }),
  ],
  check: (i) => checkRate(i),
  errorField: rateErrorField,
  compute: (i, policies) => {
    const rate = resolveRate(i, i.date);
    const base = sd71DailyPay({ rateCents: rate.cents, dailyHours: i.hours });
    const diff = sd71ShiftDifferential({ date: i.date, rateCents: rate.cents, shift: i.shift, hours: i.hours, ...(policies ? { policies } : {}) });
    return {
      headline: money("Pay with differential", base.dailyCents + diff.cents),
      figures: [money("Base pay", base.dailyCents), money("Shift differential", diff.cents), plain("Differential rate", `${diff.percent}%`)],
      explanation: joinExplanations(joinExplanations(rate.lookup, base), diff),
    };
  },
});
