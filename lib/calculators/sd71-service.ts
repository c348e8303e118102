/** SD71 CUPE 439: time limits (Art. 12–17), vacation (22), continuing-temporary status (15.03), seniority (15.01, 15.04), severance (17.08). */
import {
  SD71_TIME_LIMITS, sd71TimeLimit, sd71VacationEntitlement, sd71VacationPay, sd71ContinuingTemporaryStatus,
  sd71SeniorityDate, sd71LayoffSeniorityLoss, sd71Severance,
} from "@/lib/rules";
import { defineCalculator, money, plain } from "./define";
import { f } from "./fields";
import { joinExplanations } from "./sd71-rate";

const A = "sd71-cupe439" as const;
const LIMITS = SD71_TIME_LIMITS.map((l) => ({ value: l.id, label: `${l.cite}: ${l.id.replace(/-/g, " ")} (${l.n} ${l.unit === "months" ? "months" : l.unit === "calendar" ? "days" : "working days"} from ${l.trigger})` }));

export const sd71TimeLimitCalc = defineCalculator({
  id: "time-limit",
  agreement: A,
  title: "Time limits",
  summary: "Any time limit of the agreement — grievance steps, arbitration, appeals, elections — from its trigger date.",
  articles: ["12.01", "12.02", "12.04", "13.01", "14.04", "15.02", "16.01", "17.08"],
  fields: [
    f.select("limit", "Time limit", LIMITS, { default: "step3-request" }),
    f.date("trigger", "Trigger date (day 0)", { default: "today" }),
    f.optionalDate("pauseRequest", "12.04 request received on", { hint: "Time does not run for 30 days from then (12.04(a)(3))." }),
    f.optionalDate("extendedTo", "Extended by agreement to", { hint: "12.02(d): a date agreed by the parties." }),
  ],
  errorField: (field) => (field.startsWith("pauses") ? "pauseRequest" : undefined),
  compute: (i) => {
    const r = sd71TimeLimit({
      limit: i.limit as Parameters<typeof sd71TimeLimit>[0]["limit"], trigger: i.trigger,
      ...(i.pauseRequest ? { pauses: [{ requestReceived: i.pauseRequest }] } : {}),
      ...(i.extendedTo ? { extendedTo: i.extendedTo } : {}),
    });
    return {
      headline: plain("Due date", r.due),
      figures: [
        plain("Whose deadline", r.party),
        ...(r.due !== r.computedDue ? [plain("Computed due date", r.computedDue)] : []),
        ...(r.calendar ? [plain("Calendar", r.calendar.label)] : []),
        ...(r.abandonedOn ? [plain("Deemed abandoned on", r.abandonedOn)] : []),
        plain("Weekdays skipped", r.skipped.length ? r.skipped.join(", ") : "none"),
      ],
      explanation: r,
    };
  },
});

const STATUS = [
  { value: "regular", label: "Regular" }, { value: "probationary", label: "Probationary" },
  { value: "continuing_temporary", label: "Continuing temporary" }, { value: "temporary", label: "Temporary" },
] as const;

export const vacationEntitlement = defineCalculator({
  id: "vacation-entitlement",
  agreement: A,
  title: "Vacation entitlement",
  summary: "Vacation days and the minimum percentage of earnings by completed years of service, prorated for less than 12 months.",
  articles: ["22.01(c)", "22.02", "28.05"],
  fields: [
    f.select("status", "Status", STATUS, { default: "regular" }),
    f.integer("years", "Completed years of service", { default: "1", min: "0" }),
    f.optionalNumber("paidDays", "Paid days in the vacation year", { hint: "Only for less-than-12-month, seasonal or part-time staff (22.01(c))." }),
  ],
  errorField: (field) => (field === "completedYearsOfService" ? "years" : field === "paidDaysInVacationYear" ? "paidDays" : undefined),
  compute: (i, policies) => {
    const r = sd71VacationEntitlement({ status: i.status, completedYearsOfService: i.years, ...(i.paidDays !== undefined ? { paidDaysInVacationYear: i.paidDays } : {}), ...(policies ? { policies } : {}) });
    const days = r.proratedDays ?? r.fullEntitlementDays;
    return {
      headline: days === null ? plain("Minimum percentage of earnings", `${r.minimumPercentOfEarnings}%`) : plain("Vacation days", days),
      figures: [
        ...(r.fullEntitlementDays !== null ? [plain("Full-year entitlement (days)", r.fullEntitlementDays)] : []),
        plain("Minimum percentage of earnings", `${r.minimumPercentOfEarnings}%`),
      ],
      explanation: r,
    };
  },
});

export const vacationPay = defineCalculator({
  id: "vacation-pay",
  agreement: A,
  title: "Vacation pay",
  summary: "Vacation pay: the greater of the vacation days at the regular rate and the percentage of earnings.",
  articles: ["22.02(f)", "22.03(f)"],
  fields: [
    f.integer("years", "Completed years of service", { default: "8", min: "0" }),
    f.dollars("rate", "Hourly rate", { default: "25.61" }),
    f.number("dailyHours", "Daily hours", { default: "7" }),
    f.optionalDollars("allowances", "Daily shift differentials and allowances", { hint: "Normally received per day (22.03(f))." }),
    f.dollars("earnings", "Earnings in the vacation year", { default: "46500.00", hint: "Gross, excluding the vacation pay itself." }),
  ],
  errorField: (field) => ({ hourlyRateCents: "rate", earningsCents: "earnings", dailyAllowancesCents: "allowances", completedYearsOfService: "years" })[field],
  compute: (i, policies) => {
    const e = sd71VacationEntitlement({ status: "regular", completedYearsOfService: i.years, ...(policies ? { policies } : {}) });
    const r = sd71VacationPay({
      vacationDays: e.fullEntitlementDays!, hourlyRateCents: i.rate, dailyHours: i.dailyHours,
      ...(i.allowances !== undefined ? { dailyAllowancesCents: i.allowances } : {}),
      minimumPercent: e.minimumPercentOfEarnings as 4 | 6 | 8 | 10 | 12, earningsCents: i.earnings,
    });
    return {
      headline: money("Vacation pay", r.vacationPayCents),
      figures: [plain("Vacation days", e.fullEntitlementDays!), money("Value of the days", r.valueOfDaysCents), money(`${e.minimumPercentOfEarnings}% of earnings`, r.floorCents), money("Top-up", r.topUpCents)],
      explanation: joinExplanations(e, r),
    };
  },
});

/** "2024-09-03 6" per line → records; a malformed line is reported on the field. */
function hourLines(lines: string[]): { date: string; hours: number }[] | string {
  const out: { date: string; hours: number }[] = [];
  for (const l of lines) {
    const m = /^(\d{4}-\d{2}-\d{2})[\s,:]+(-?\d+(?:\.\d+)?)$/.exec(l);
    if (!m) return `"${l}" is not "date hours", e.g. 2024-09-03 6.`;
    out.push({ date: m[1], hours: Number(m[2]) });
  }
  return out;
}

export const ctStatus = defineCalculator({
  id: "continuing-temporary-status",
  agreement: A,
  title: "Continuing-temporary status from hours",
  summary: "The day a temporary employee's hours in a job category reach 1,200 (Schedule A) or 1,500 (Schedule B) within 24 months.",
  articles: ["15.03(a)", "15.03(b)", "15.03(d)", "16.11(e)"],
  fields: [
    f.select("schedule", "Schedule", [{ value: "A", label: "Schedule A (1,200 hours)" }, { value: "B", label: "Schedule B (1,500 hours)" }], { default: "A" }),
    f.lines("hours", "Hours worked as a temporary in the job category (one line per date)", { default: "2024-01-15 700\n2024-09-10 500", hint: "One line per date: YYYY-MM-DD hours." }),
    f.yesNo("retiree", "Re-hired retiree on the on-call list (15.03(d))"),
    f.yesNo("student", "Summer student (16.11(e))"),
  ],
  check: (i) => {
    const h = hourLines(i.hours);
    return typeof h === "string" ? { hours: h } : null;
  },
  errorField: (field) => (field.startsWith("hoursRecords") ? "hours" : undefined),
  compute: (i) => {
    const r = sd71ContinuingTemporaryStatus({ schedule: i.schedule, hoursRecords: hourLines(i.hours) as { date: string; hours: number }[], retireeOnCall: i.retiree, summerStudent: i.student });
    return {
      headline: plain("Continuing temporary from", r.ctStatusDate ?? "not reached"),
      figures: [plain("Hours in the 24-month window", r.hoursInWindow), ...(r.windowStart ? [plain("Window starts", r.windowStart)] : [])],
      explanation: r,
    };
  },
});

const BREAK_REASONS = [
  { value: "unpaid-leave", label: "Unpaid leave of absence (24.08, 24.09)" }, { value: "no-assignment", label: "Unpaid break in service" },
  { value: "illness-injury", label: "Illness or injury (23.02)" }, { value: "24.07(a)", label: "Maternity/parental leave (24.07(a))" },
] as const;

export const seniorityDate = defineCalculator({
  id: "seniority-date",
  agreement: A,
  title: "Seniority date",
  summary: "The seniority date after probation: dated back by temporary days worked, forward by long unpaid breaks.",
  articles: ["15.01(a)", "15.01(a)(3)", "15.01(b)", "15.04(c)"],
  fields: [
    f.date("anchor", "First day as probationary or continuing temporary", { default: "today" }),
    f.yesNo("probationCompleted", "Probation completed", { default: "true" }),
    f.integer("temporaryDays", "Temporary days worked at half time or more in the prior 24 months", { default: "0", min: "0" }),
    f.yesNo("breakParallel", "A break in service parallel to 15.04 came before"),
    f.optionalDate("breakFrom", "Unpaid break from", { group: "Unpaid break (optional)" }),
    f.optionalDate("breakTo", "Unpaid break to", { group: "Unpaid break (optional)" }),
    f.optionalSelect("breakReason", "Reason", BREAK_REASONS, { group: "Unpaid break (optional)" }),
  ],
  check: (i) => {
    const n = [i.breakFrom, i.breakTo, i.breakReason].filter((x) => x !== undefined).length;
    if (n === 0 || n === 3) return null;
    return { [i.breakFrom === undefined ? "breakFrom" : i.breakTo === undefined ? "breakTo" : "breakReason"]: "Complete the unpaid break, or clear all of its fields." };
  },
  errorField: (field) => (field === "anchorDate" ? "anchor" : field === "temporaryQualifyingDays" ? "temporaryDays" : field.startsWith("unpaidBreaks") ? "breakFrom" : undefined),
  compute: (i, policies) => {
    const r = sd71SeniorityDate({
      anchorDate: i.anchor, probationCompleted: i.probationCompleted, temporaryQualifyingDays: i.temporaryDays,
      breakInServiceParallelTo1504: i.breakParallel,
      unpaidBreaks: i.breakFrom && i.breakTo && i.breakReason ? [{ from: i.breakFrom, to: i.breakTo, reason: i.breakReason }] : [],
      ...(policies ? { policies } : {}),
    });
    return {
      headline: plain("Seniority date", r.seniorityDate ?? "not yet (probation not completed)"),
      figures: [plain("Working days credited", r.creditedWorkingDays), plain("Working days of reduction", r.reductionWorkingDays)],
      explanation: r,
    };
  },
});

export const layoffSeniorityLoss = defineCalculator({
  id: "layoff-seniority-loss",
  agreement: A,
  title: "Loss of seniority on layoff",
  summary: "How long a laid-off employee keeps seniority and recall rights, by seniority at the layoff date.",
  articles: ["15.04(a)(3)", "15.04(b)", "23.01(a)"],
  fields: [f.date("seniorityDate", "Seniority date", { default: "today" }), f.date("layoffDate", "Layoff effective date", { default: "today" })],
  errorField: (field) => (field === "layoffEffectiveDate" ? "layoffDate" : undefined),
  compute: (i, policies) => {
    const r = sd71LayoffSeniorityLoss({ seniorityDate: i.seniorityDate, layoffEffectiveDate: i.layoffDate, ...(policies ? { policies } : {}) });
    return {
      headline: plain("Seniority lost on", r.seniorityLostOn ?? "—"),
      figures: [plain("Seniority at layoff (completed months)", r.seniorityMonthsAtLayoff), plain("Band", r.band), plain("Recall window (months)", r.recallWindowMonths), plain("Last day seniority is kept", r.lastDaySeniorityRetained ?? "—")],
      explanation: r,
    };
  },
});

/** Each month from `from` to `to` ("YYYY-MM"), inclusive. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  while ((y < ty || (y === ty && m <= tm)) && out.length <= 48) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

export const severance = defineCalculator({
  id: "severance",
  agreement: A,
  title: "Severance",
  summary: "Severance on layoff: 5% of a year's salary per completed year, at most two years' salary, elected within six months.",
  articles: ["17.08(a)", "17.08(b)"],
  fields: [
    f.date("seniorityDate", "Seniority date", { default: "today" }),
    f.date("layoffDate", "Layoff effective date", { default: "today" }),
    f.dollars("monthly", "Regular salary per month", { group: "Salary history", default: "5000.00" }),
    f.month("salaryFrom", "Paid that salary from (month)", { group: "Salary history" }),
    f.month("salaryTo", "to (month)", { group: "Salary history", hint: "Only the 48 months before the layoff month count; months outside them are ignored, months inside but not in this range count as no salary." }),
  ],
  check: (i) => (i.salaryFrom > i.salaryTo ? { salaryTo: "Must not be before the first month." } : monthsBetween(i.salaryFrom, i.salaryTo).length > 600 ? { salaryFrom: "Give at most 50 years of history." } : null),
  errorField: (field) => (field === "layoffEffectiveDate" ? "layoffDate" : field.startsWith("monthlyRegularSalary") ? "salaryFrom" : undefined),
  compute: (i, policies) => {
    const r = sd71Severance({
      seniorityDate: i.seniorityDate, layoffEffectiveDate: i.layoffDate,
      monthlyRegularSalary: monthsBetween(i.salaryFrom, i.salaryTo).map((month) => ({ month, cents: i.monthly })),
      ...(policies ? { policies } : {}),
    });
    return {
      headline: money("Severance", r.severanceCents),
      figures: [plain("Completed years", r.completedYears), money("Annual salary basis", r.annualBasisCents), money("Before the two-year cap", r.uncappedCents), plain("Capped", r.capped ? "Yes" : "No"), plain("Elect by", r.electByDate),
        plain("Months counted (17.08(b))", `${r.window.from} to ${r.window.to}`),
        ...(r.ignoredMonths.length ? [plain("Months ignored (outside the 48)", r.ignoredMonths.length)] : [])],
      explanation: r,
    };
  },
});
