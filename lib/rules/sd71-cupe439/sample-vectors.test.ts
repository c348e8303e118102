// Every shared sample vector (tests/sample-vectors.json, copied from the spec) through the
// public API. Each adapter maps the vector's input to the function's input and checks
// every expected field. A vector whose rule has no adapter fails.
import { describe, it, expect } from "vitest";
import vectors from "./tests/sample-vectors.json";
import { parseDollars } from "../core/money";
import { addWorkingDays } from "../calendars";
import * as api from "./index";

type V = { id: string; rule: string; article: string; input: any; expected: any };
const c = parseDollars;
const WEEK: Record<string, string> = { Mon: "2024-03-04", Tue: "2024-03-05", Wed: "2024-03-06", Thu: "2024-03-07", Fri: "2024-03-08", Sat: "2024-03-09" };

const adapters: Record<string, (v: V) => void> = {
  wage_rate_lookup: ({ input, expected }) => {
    const r = api.hourlyRate({ date: input.workDate, payGrade: input.payGrade, step: input.step });
    expect(r.cents).toBe(c(expected.hourlyRate));
    expect(r.tableEffective).toBe(expected.tableEffective);
  },
  daily_pay_from_hourly: ({ input, expected }) => {
    const rate = api.hourlyRate({ date: input.workDate, payGrade: input.payGrade, step: input.step });
    expect(rate.cents).toBe(c(expected.hourlyRate));
    const r = api.sd71DailyPay({ rateCents: rate.cents, shiftArticle: input.shiftArticle });
    expect(r.dailyCents).toBe(c(expected.dailyPay));
    expect(r.weeklyCents).toBe(c(expected.weeklyPay));
  },
  daily_pay_trades: ({ input, expected }) => {
    const rate = api.hourlyRate({ date: input.workDate, payGrade: input.payGrade, step: input.step });
    expect(rate.cents).toBe(c(expected.hourlyRate));
    expect(api.sd71DailyPay({ rateCents: rate.cents, dailyHours: input.dailyHours }).dailyCents).toBe(c(expected.dailyPay));
  },
  shift_differential_afternoon: ({ input, expected }) => {
    const base = api.sd71DailyPay({ rateCents: c(input.hourlyRate), dailyHours: input.hoursWorked });
    const diff = api.sd71ShiftDifferential({ date: "2018-10-10", rateCents: c(input.hourlyRate), shift: input.shift, hours: input.hoursWorked });
    expect(base.dailyCents).toBe(c(expected.basePay));
    expect(diff.cents).toBe(c(expected.shiftDifferential));
    expect(base.dailyCents + diff.cents).toBe(c(expected.total));
  },
  substitution_higher_rate_not_known_in_advance: ({ input, expected }) => {
    const args = { ownRateCents: c(input.ownRate), higherRateCents: c(input.higherRate), fullyQualified: input.fullyQualified, knownInAdvanceToExceed5Days: input.assignmentKnownInAdvance, daysWorked: input.daysWorked, dailyHours: input.dailyHours };
    const r = api.sd71SubstitutionPay(args);
    expect([r.daysAtOwnRate, r.daysAtHigherRate]).toEqual([expected.daysAtOwnRate, expected.daysAtHigherRate]);
    expect([r.ownRatePayCents, r.higherRatePayCents, r.totalCents]).toEqual([c(expected.payOwnRate), c(expected.payHigherRate), c(expected.totalPay)]);
    expect(r.interpretations).toContain("A14");
    expect(api.sd71SubstitutionPay({ ...args, policies: { A14: "retroactiveToDay1" } }).totalCents).toBe(c(expected.alternativeIfRetroactiveToDay1));
  },
  technological_change_pay_protection: ({ input, expected }) => {
    const r = api.sd71TechChangeProtection({ previousRateCents: c(input.previousRate), newRateCents: c(input.newRate), reassignmentDate: input.reassignmentDate });
    expect(r.periods).toEqual(expected.periods.map((p: any) => ({ from: p.from, to: p.to, rateCents: c(p.hourlyRate) })));
  },
  daily_overtime_day_shift_double: ({ input, expected }) => {
    const days = [...input.otherDaysThisWeek, input.dayHoursWorked].map((h: number, k: number) => ({ date: Object.values(WEEK)[k], hours: h }));
    const r = api.sd71WeeklyOvertime({ shiftArticle: input.shiftArticle, rateCents: c(input.hourlyRate), days });
    const day = r.lines.filter((l) => l.date === WEEK.Fri);
    const sum = (k: string, m: number) => day.filter((l) => l.kind === k && l.multiplier === m).reduce((s, l) => s + l.cents, 0);
    expect(sum("straight", 1)).toBe(c(expected.regularPay));
    expect(sum("daily", 1.5)).toBe(c(expected.otPay1_5));
    expect(sum("daily", 2)).toBe(c(expected.otPay2_0));
    expect(day.reduce((s, l) => s + l.cents, 0)).toBe(c(expected.dayTotal));
  },
  weekly_overtime_saturday: ({ input, expected }) => {
    const days = Object.entries(input.week).map(([d, h]) => ({ date: WEEK[d], hours: h as number }));
    const r = api.sd71WeeklyOvertime({ shiftArticle: input.shiftArticle, rateCents: c(input.hourlyRate), days });
    const sat = r.lines.filter((l) => l.date === WEEK.Sat);
    const e = expected.saturday;
    expect(sat.filter((l) => l.kind === "weekly").reduce((s, l) => s + l.hours, 0)).toBe(e.weeklyOtHoursAt1_5);
    expect(sat.filter((l) => l.kind === "daily").reduce((s, l) => s + l.hours, 0)).toBe(e.dailyOtHoursAt1_5);
    expect(sat.filter((l) => l.kind === "weekly").reduce((s, l) => s + l.cents, 0)).toBe(c(e.weeklyOtPay));
    expect(sat.filter((l) => l.kind === "daily").reduce((s, l) => s + l.cents, 0)).toBe(c(e.dailyOtPay));
    expect(sat.reduce((s, l) => s + l.cents, 0)).toBe(c(e.saturdayTotal));
  },
  schedule_a_full_time_8h_days_policy: ({ input, expected }) => {
    const days = Object.entries(input.week).map(([d, h]) => ({ date: WEEK[d], hours: h as number, straightTimeAuthorized: input.extraHoursPreAuthorizedBySupervisor }));
    const a = api.sd71WeeklyOvertime({ shiftArticle: input.shiftArticle, rateCents: c(input.hourlyRate), days });
    const ea = expected.policyA_literal19_02b_DEFAULT;
    expect([a.hoursAt["1"], a.hoursAt["1.5"]]).toEqual([ea.straightHours, ea.hoursAt1_5]);
    expect(a.lines.filter((l) => l.multiplier === 1).reduce((s, l) => s + l.cents, 0)).toBe(c(ea.straightPay));
    expect(a.lines.filter((l) => l.multiplier === 1.5).reduce((s, l) => s + l.cents, 0)).toBe(c(ea.otPay));
    expect(a.totalCents).toBe(c(ea.total));
    expect(a.interpretations).toContain("A1");
    const b = api.sd71WeeklyOvertime({ shiftArticle: input.shiftArticle, rateCents: c(input.hourlyRate), days, policies: { A1: "straightTimeTo8" } });
    const eb = expected.policyB_18_02a_straightTimePrevails;
    expect([b.hoursAt["1"], b.hoursAt["1.5"], b.totalCents]).toEqual([eb.straightHours, eb.hoursAt1_5, c(eb.total)]);
  },
  callout_minimum: ({ input, expected }) => {
    const r = api.sd71CalloutPay({ rateCents: c(input.hourlyRate), callouts: input.callouts });
    expect(r.groups).toHaveLength(1);
    expect([r.groups[0].paidHours, r.groups[0].multiplier, r.totalCents]).toEqual([expected.paidHours, expected.multiplier, c(expected.pay)]);
  },
  callout_separate_after_two_hours: ({ input, expected }) => {
    const r = api.sd71CalloutPay({ rateCents: c(input.hourlyRate), callouts: input.callouts });
    expect(r.groups.length === 1).toBe(expected.treatedAsOneCallout);
    expect(r.groups.reduce((s, g) => s + g.paidHours, 0)).toBe(expected.paidHours);
    expect(r.totalCents).toBe(c(expected.pay));
  },
  phone_call_second_within_half_hour: ({ input, expected }) => {
    const r = api.sd71PhoneCallPay({ rateCents: c(input.hourlyRate), calls: input.calls });
    expect(r.paidCalls.length === 1).toBe(expected.treatedAsOneCall);
    expect([r.paidCalls[0].paidHours, r.totalCents]).toEqual([expected.paidHours, c(expected.pay)]);
  },
  sent_home_before_starting: ({ input, expected }) => {
    const r = api.sd71ReportingPay({ rateCents: c(input.hourlyRate), scheduledHours: input.scheduledHours, hoursWorked: input.hoursWorkedBeforeSentHome, exemptUnder1801d: false });
    expect([r.paidHours, r.cents]).toEqual([expected.paidHours, c(expected.pay)]);
  },
  vacation_entitlement_regular_12_month: ({ input, expected }) => {
    const r = api.sd71VacationEntitlement({ status: input.status, completedYearsOfService: input.completedYearsOfService });
    expect([r.fullEntitlementDays, r.minimumPercentOfEarnings]).toEqual([expected.vacationWorkingDays, expected.minimumPercentOfEarnings]);
  },
  vacation_pay_percentage_floor: ({ input, expected }) => {
    const e = api.sd71VacationEntitlement({ status: input.status, completedYearsOfService: input.completedYearsOfService });
    expect(e.fullEntitlementDays).toBe(expected.vacationDays);
    const r = api.sd71VacationPay({ vacationDays: e.fullEntitlementDays!, hourlyRateCents: c(input.hourlyRate), dailyHours: input.dailyHours, minimumPercent: e.minimumPercentOfEarnings as 8, earningsCents: c(input.earningsInVacationYear) });
    expect([r.valueOfDaysCents, r.floorCents, r.vacationPayCents, r.topUpCents]).toEqual([c(expected.valueOfDays), c(expected.floorAmount), c(expected.vacationPay), c(expected.topUp)]);
  },
  vacation_proration_10_month: ({ input, expected }) => {
    const r = api.sd71VacationEntitlement({ status: input.status, completedYearsOfService: input.completedYearsOfService, paidDaysInVacationYear: input.paidDaysInVacationYear });
    expect([r.fullEntitlementDays, r.proratedDays]).toEqual([expected.fullEntitlementDays, expected.proratedDays]);
  },
  continuing_temporary_rolling_window: ({ input, expected }) => {
    const recs: { date: string; hours: number }[] = input.hoursRecords.lumpRecords.map((r: any) => ({ date: r.date, hours: r.hours }));
    const off = input.hoursRecords.noWorkPeriods as [string, string][];
    // "6 h on every working day from 2024-09-03" (working days of the 21.01 calendar), outside the no-work periods
    for (let d = "2024-09-03"; d <= "2025-12-31"; ) {
      const next = addWorkingDays({ agreement: "sd71-cupe439", from: d, days: 0 });
      if (next.date === d && !off.some(([a, b]) => d >= a && d <= b) && isWorking(d)) recs.push({ date: d, hours: 6 });
      d = nextDay(d);
    }
    const r = api.sd71ContinuingTemporaryStatus({ schedule: input.schedule, hoursRecords: recs, retireeOnCall: false, summerStudent: false });
    expect([r.ctStatusDate, r.hoursInWindow, r.windowStart]).toEqual([expected.ctStatusDate, expected.hoursInWindow, expected.windowStart]);
  },
  seniority_date_temporary_credit: ({ input, expected }) => {
    const r = api.sd71SeniorityDate({ anchorDate: input.becameProbationary, probationCompleted: input.probationCompleted, temporaryQualifyingDays: input.temporaryDaysWorkedHalfTimeOrMoreInPrior24Months, breakInServiceParallelTo1504: input.breakInServiceParallelTo15_04, unpaidBreaks: [] });
    expect([r.creditedWorkingDays, r.seniorityDate]).toEqual([expected.creditedWorkingDays, expected.seniorityDate]);
  },
  seniority_reduction_unpaid_break: ({ input, expected }) => {
    const r = api.sd71SeniorityReduction({ seniorityDate: input.seniorityDate, unpaidBreaks: input.unpaidBreaks.map((b: any) => ({ from: b.from, to: b.to, reason: "unpaid-leave" })) });
    expect([r.reductionWorkingDays, r.adjustedSeniorityDate]).toEqual([expected.reductionWorkingDays, expected.adjustedSeniorityDate]);
    expect(r.reductionWorkingDays).toBe(expected.breakWorkingDays);
  },
  seniority_no_reduction_illness: ({ input, expected }) => {
    const r = api.sd71SeniorityReduction({ seniorityDate: input.seniorityDate, unpaidBreaks: input.unpaidBreaks.map((b: any) => ({ workingDays: b.workingDays, reason: "illness-injury" })) });
    expect([r.reductionWorkingDays, r.adjustedSeniorityDate]).toEqual([expected.reductionWorkingDays, expected.adjustedSeniorityDate]);
  },
  loss_of_seniority_on_layoff: ({ input, expected }) => {
    const r = api.sd71LayoffSeniorityLoss({ seniorityDate: input.seniorityDate, layoffEffectiveDate: input.layoffEffectiveDate });
    expect([r.seniorityMonthsAtLayoff, r.recallWindowMonths, r.band, r.lastDaySeniorityRetained, r.seniorityLostOn]).toEqual([expected.seniorityMonthsAtLayoff, expected.recallWindowMonths, expected.band, expected.lastDaySeniorityRetained, expected.seniorityLostOn]);
  },
  loss_of_seniority_non_bargaining_unit: ({ input, expected }) => {
    expect(api.sd71NonUnitSeniorityLoss({ nonBargainingUnitStart: input.nonBargainingUnitPositionStart }).seniorityLostOn).toBe(expected.seniorityLostOn);
  },
  recall_order: ({ input, expected }) => {
    const gc = (s: string) => s.slice(-2, -1) as "a" | "b" | "c";
    const r = api.sd71RecallOrder({
      laidOff: input.laidOff.map((e: any) => ({ id: e.id, layoffDate: e.layoffDate, seniorityDate: e.seniorityDate, generalClassification: gc(e.generalClass), qualifiedFor: e.qualifiedFor })),
      vacancy: { classification: input.vacancy.classification, generalClassification: gc(input.vacancy.generalClass), date: input.vacancy.date },
    });
    expect(r.offerOrder).toEqual(expected.offerOrder);
    expect(r.notEligible.map((n) => n.id)).toEqual(expected.notEligible.map((s: string) => s.split(" ")[0]));
  },
  benefits_cost_share_eligibility_15_of_30: ({ input, expected }) => {
    const r = api.sd71BenefitsCostShareEligibility({ asOfDate: input.asOfDate, daysWorkedCount: input.daysWorked.count });
    expect(r.window).toEqual(input.daysWorked.window);
    expect([r.eligible, `${r.boardPercent}%`, `${r.employeePercent}%`]).toEqual([expected.eligibleForCostSharedPremiums, expected.costShare.board, expected.costShare.employee]);
  },
  severance_pay_cap: ({ input, expected }) => {
    const months: { month: string; cents: number }[] = [];
    for (let k = 0; k < 48; k++) { const m = new Date(Date.UTC(2020, 5 + k, 1)).toISOString().slice(0, 7); months.push({ month: m, cents: c(input.monthlyRegularSalaryPreceding48Months[0].amount) }); }
    const r = api.sd71Severance({ seniorityDate: input.seniorityDate, layoffEffectiveDate: input.layoffEffectiveDate, monthlyRegularSalary: months });
    expect([r.completedYears, r.uncappedCents, r.severanceCents, r.capped]).toEqual([expected.completedYears, c(expected.uncapped), c(expected.severance), expected.capped]);
  },
  severance_election_deadline: ({ input, expected }) => {
    expect(api.sd71TimeLimit({ limit: "severance-election", trigger: input.layoffEffectiveDate }).due).toBe(expected.electByDate);
  },
  step2_decision_due: ({ input, expected }) => expect(api.sd71TimeLimit({ limit: "step2-decision", trigger: input.step2ApplicationReceived }).due).toBe(expected.decisionDueBy),
  step3_decision_deadline: ({ input, expected }) => expect(api.sd71TimeLimit({ limit: "step3-decision", trigger: input.step3HearingDate }).due).toBe(expected.decisionDueBy),
  caab_appointment_request: ({ input, expected }) => expect(api.sd71TimeLimit({ limit: "caab-request", trigger: input.referredToArbitration }).due).toBe(expected.requestCaabIfNoAgreementAfter),
  discussion_of_differences_to_step1: ({ input, expected }) => expect(api.sd71TimeLimit({ limit: "discussion-to-step1", trigger: input.lastInformalMeeting }).due).toBe(expected.proceedToStep1By),
  seniority_list_appeal_deadline: ({ input, expected }) => expect(api.sd71TimeLimit({ limit: "seniority-list-appeal", trigger: input.seniorityListIssued }).due).toBe(expected.appealBy),
  posting_period_and_appointment: ({ input, expected }) => {
    const r = api.sd71PostingDeadlines({ postedDate: input.postedDate });
    expect([r.postingCloses, r.appointmentBy]).toEqual([expected.postingCloses, expected.appointmentBy]);
  },
  probation_bus_driver_custodian_school_year_only: ({ input, expected }) => {
    const r = api.sd71TrialOrProbationEnd({ kind: "probation", start: input.hireDate, absences: input.absences, busDriverOrCustodian: true, schoolYears: [{ firstDay: "2024-09-03", lastDay: input.schoolYearLastDay_ASSUMED }, { firstDay: input.nextSchoolYearFirstDay_ASSUMED, lastDay: "2026-06-25" }] });
    expect([r.workingDaysRequired, r.completedOn]).toEqual([expected.probationWorkingDays, expected.probationEnds]);
  },
  sick_leave_accrual_part_time_days: ({ input, expected }) => {
    const r = api.sd71SickLeaveAccrual({ monthsWithPay: input.monthsWithPay, daysWorkedPerWeek: input.daysWorkedPerWeek });
    expect([r.accruedDaysPerMonth, r.accruedDays]).toEqual([expected.accruedDaysPerMonth, expected.accruedDays]);
  },
  sick_leave_use_for_family_reasons: ({ input, expected }) => {
    const got = input.cases.map((x: any) => api.sd71SickLeaveUsableForFamily({ employmentYear: x.employmentYear, daysCredited: x.daysEarnedSoFar ?? x.daysAccumulated }).usableDays);
    expect(got).toEqual(expected.usableForNonPersonalReasons);
  },
  maternity_sub_plan_ineligible: ({ input, expected }) => expect(api.sd71SubPlan(input).eligible).toBe(expected.eligible),
  union_leave_cap: ({ input, expected }) => expect(api.sd71UnionLeaveCheck(input)).toMatchObject(expected),
  group_life_insurance_amount: ({ input, expected }) => expect(api.sd71GroupLifeCoverage({ annualEarningsCents: c(input.annualEarnings) }).coverageCents).toBe(c(expected.coverage)),
  temporary_in_lieu_of_benefits: ({ input, expected }) => expect(api.sd71InLieuOfBenefits({ date: "2018-10-10", status: "temporary", grossSalaryCents: c(input.grossSalary) }).inLieuCents).toBe(c(expected.inLieuPayment)),
  retirement_benefit: ({ input, expected }) => {
    const args = { age: input.age, yearsOfService: input.yearsOfService, accumulatedSickDays: input.accumulatedSickDays, hourlyRateAtRetirementCents: c(input.hourlyRateAtRetirement), dailyHours: input.dailyHours };
    const r = api.sd71RetirementBenefit(args);
    expect([r.eligible, r.clause, r.baseDays, r.sickLeaveDays, r.totalDays, r.lumpSumCents]).toEqual([expected.eligible, expected.clause, expected.baseDays, expected.sickLeaveDays, expected.totalDays, c(expected.lumpSum)]);
    const alt = api.sd71RetirementBenefit({ ...args, policies: { A11: "total" } });
    expect([alt.totalDays, alt.lumpSumCents]).toEqual([expected.alternativeIfMaximumCapsTotal.totalDays, c(expected.alternativeIfMaximumCapsTotal.lumpSum)]);
  },
  holidays_within_assignment_esa_test: ({ input, expected }) => {
    const args = { status: input.status, startDate: input.assignmentStart, layoffDate: input.layoffDate, fifteenOfThirtyMet: input.workedAtLeast15Of30DaysBeforeEachHoliday };
    const r = api.sd71HolidayEntitlement(args);
    expect(r.holidaysBetween).toEqual(expected.holidaysBetweenStartAndLayoff);
    expect(r.paidHolidays).toEqual(expected.paidHolidaysWithEsaTest_DEFAULT);
    expect(api.sd71HolidayEntitlement({ ...args, policies: { A25: "ignore" } }).paidHolidays).toEqual(expected.paidHolidaysWithoutEsaTest);
  },
};

function nextDay(d: string): string {
  return new Date(Date.parse(d + "T00:00:00Z") + 86_400_000).toISOString().slice(0, 10);
}
function isWorking(d: string): boolean {
  return addWorkingDays({ agreement: "sd71-cupe439", from: prevDay(d), days: 1 }).date === d;
}
function prevDay(d: string): string {
  return new Date(Date.parse(d + "T00:00:00Z") - 86_400_000).toISOString().slice(0, 10);
}

describe("SD71 shared sample vectors", () => {
  for (const v of (vectors as { vectors: V[] }).vectors) {
    it(`${v.id} ${v.rule} (${v.article})`, () => {
      const run = adapters[v.rule];
      expect(run, `no adapter for ${v.rule}`).toBeTypeOf("function");
      run(v);
    });
  }
  it("the working-day holidays of meta.holidays (2024–2025) are exactly the 21.01 holidays on weekdays (21.01)", () => {
    const meta = (vectors as { meta: { holidays: Record<string, string> } }).meta.holidays;
    const ours = [2024, 2025].flatMap((y) => api.sd71HolidaysOfYear(y)).map((h) => h.date);
    expect(ours).toEqual(Object.keys(meta));
  });
});
