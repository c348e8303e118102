/**
 * One shared-vector case per calculator (copied from the agreements' sample vectors, ids in
 * the names), as a query string and the headline figure it must produce. Used by the unit
 * test of the registry and by the end-to-end test of the pages.
 */
export interface CalculatorCase {
  name: string;
  agreement: "sd73-teachers" | "sd71-cupe439";
  id: string;
  query: string;
  expected: string;
}

export const CASES: CalculatorCase[] = [
  { name: "TTOC-01: Cat 5 Step 5 on 2024-10-15, one full-day callout: $456.026455 + $11 in lieu = $467.03 (B.2.6, B.2.5)", agreement: "sd73-teachers", id: "ttoc-day-pay", query: "date=2024-10-15&certificated=true&category=5&step=5&callouts=1", expected: "467.03" },
  { name: "GRID-01: Cat 5+ Step 1 in 2024-25 is the grid's $77,784 (Appendix A)", agreement: "sd73-teachers", id: "salary-placement", query: "date=2024-09-03&category=5%2B&step=1&track=ttoc", expected: "77784.00" },
  { name: "A 0.6 FTE teacher at Cat 5 Step 5 in 2024-25 is paid 60% of $86,189 = $51,713.40 (C.13.5)", agreement: "sd73-teachers", id: "part-time-salary", query: "date=2024-09-03&category=5&step=5&fte=0.6", expected: "51713.40" },
  { name: "PAY-03: one day without pay at Cat 5 Step 5 in 2024-25 is $86,189 ÷ 195 = $441.99 (B.26.1.a)", agreement: "sd73-teachers", id: "unpaid-day-deduction", query: "date=2024-09-03&category=5&step=5&fte=1&days=1", expected: "441.99" },
  { name: "SEN-01: days worked 0.25, 0.5, 0.51, 0.75, 1 credit ½ + ½ + 1 + 1 + 1 = 4 days (C.2.3.b.i)", agreement: "sd73-teachers", id: "ttoc-seniority-credit", query: "fractions=0.25%2C0.5%2C0.51%2C0.75%2C1", expected: "4" },
  { name: "SEN-04: 150 + 200 (capped at 189) + 60 days = 399 days of seniority (C.2.5)", agreement: "sd73-teachers", id: "seniority-total", query: "years=2022-23%3A+150%0D%0A2023-24%3A+200%0D%0A2024-25%3A+60", expected: "399" },
  { name: "REC-04: laid off 2025-06-30, a contract 2025-10-15 to 2025-11-28 adds 1.5909 teaching months: recall rights expire 2028-08-19 (C.12.1.c.vi.5)", agreement: "sd73-teachers", id: "recall-expiry", query: "layoffDate=2025-06-30&c1Start=2025-10-15&c1End=2025-11-28", expected: "2028-08-19" },
  { name: "SEV-02: 22 FTE years × 5% = 110%, capped at one year's salary of $99,972.00 (C.12.4.b)", agreement: "sd73-teachers", id: "severance", query: "laidOff=true&employmentYears=22&fteYears=22&salary=99972", expected: "99972.00" },
  { name: "GRV-01: a Step One grievance for a violation on 2024-09-09 is due 2024-10-23 (A.6.2.b)", agreement: "sd73-teachers", id: "time-limit", query: "rule=grievance-step1&from=2024-09-09", expected: "2024-10-23" },
  { name: "PAY-003: grade 5 step 2 on 2019-06-03 under 18.02(a) is $23.62 × 7 h = $165.34 a day (Hourly Wage Schedule, 18.02)", agreement: "sd71-cupe439", id: "pay-on-date", query: "date=2019-06-03&payGrade=5&step=2&shiftArticle=18.02(a)", expected: "165.34" },
  { name: "28.02(a): an EFAP costing $48.00 a year: the Board pays 75% to its $30.00 maximum", agreement: "sd71-cupe439", id: "premium-share", query: "date=2018-10-10&plan=efap&premium=48.00", expected: "30.00" },
  { name: "28.03: normal pay $1,000.00 less a WCB payment of $800.00 at $200.00 a day is 1.00 sick day", agreement: "sd71-cupe439", id: "wcb-sick-leave", query: "normalPay=1000.00&wcbPayment=800.00&dailyPay=200.00&sickDays=10", expected: "1.00" },
  { name: "OT-005: 8 h Monday–Friday and 10 h Saturday at $22.71 on 18.02(c): $908.40 straight + Saturday $340.65 = $1,249.05 (19.02)", agreement: "sd71-cupe439", id: "overtime", query: "week=2024-03-04&shiftArticle=18.02(c)&rate=22.71&mon=8&tue=8&wed=8&thu=8&fri=8&sat=10", expected: "1249.05" },
  { name: "19.01(c): in a Monday–Sunday week, 40 h Monday–Friday and 8 h Sunday at $22.71 on 18.02(c): $908.40 + Sunday $363.36 at double time = $1,271.76", agreement: "sd71-cupe439", id: "overtime", query: "week=2024-03-04&weekStart=monday&shiftArticle=18.02(c)&rate=22.71&mon=8&tue=8&wed=8&thu=8&fri=8&sun=8", expected: "1271.76" },
  { name: "CO-004: two callouts at one school 2.5 hours apart are paid as two 2-hour minimums at 2× = $181.68 (19.01(a))", agreement: "sd71-cupe439", id: "callouts", query: "rate=22.71&c1Received=2018-10-10T19:00&c1Start=19:00&c1End=19:40&c1Location=School+X&c2Received=2018-10-10T21:30&c2Start=21:45&c2End=22:15&c2Location=School+X", expected: "181.68" },
  { name: "CO-007: a second call on the same matter within half an hour is one call, paid 0.5 h = $11.36 (19.01(b)(2))", agreement: "sd71-cupe439", id: "phone-calls", query: "date=2018-10-10&rate=22.71&call1Start=2018-10-10T20:00&call1Minutes=10&call1Matter=alarm&call2Start=2018-10-10T20:20&call2Minutes=5&call2Matter=alarm", expected: "11.36" },
  { name: "MIN-002: sent home before starting is 2 h at $22.71 = $45.42 (18.01(c))", agreement: "sd71-cupe439", id: "minimum-pay-sent-home", query: "date=2018-10-10&rate=22.71&scheduledHours=8&hoursWorked=0", expected: "45.42" },
  { name: "PAY-006: 7.5 h afternoon shift at $22.71 is $170.33 + $11.36 differential = $181.69 (Schedule C 1)", agreement: "sd71-cupe439", id: "shift-differential", query: "date=2018-10-10&rate=22.71&shift=afternoon&hours=7.5", expected: "181.69" },
  { name: "VAC-012: 9 years, 195 paid days of 260 → 20 days prorated to 15 (22.01(c), 22.02(c))", agreement: "sd71-cupe439", id: "vacation-entitlement", query: "status=regular&years=9&paidDays=195", expected: "15" },
  { name: "VAC-009: 20 days at $25.61 × 7 h = $3,585.40 < 8% of $46,500 = $3,720.00 (22.02(f))", agreement: "sd71-cupe439", id: "vacation-pay", query: "years=8&rate=25.61&dailyHours=7&earnings=46500.00", expected: "3720.00" },
  { name: "700 h then 500 h within 24 months reach 1,200 Schedule A hours on 2024-09-10 (15.03(a))", agreement: "sd71-cupe439", id: "continuing-temporary-status", query: "schedule=A&hours=2024-01-15+700%0D%0A2024-09-10+500", expected: "2024-09-10" },
  { name: "SEN-001: probationary from 2025-09-02 with 120 temporary days is dated back to 2025-03-10 (15.01(a)(3))", agreement: "sd71-cupe439", id: "seniority-date", query: "anchor=2025-09-02&probationCompleted=true&temporaryDays=120", expected: "2025-03-10" },
  { name: "LOS-001: 13 months' seniority at a 2024-06-28 layoff is lost on 2024-12-28 (15.04(a)(3)(i))", agreement: "sd71-cupe439", id: "layoff-seniority-loss", query: "seniorityDate=2023-05-01&layoffDate=2024-06-28", expected: "2024-12-28" },
  { name: "SEV-002: 41 years at $60,000 a year is capped at two years' salary, $120,000.00 (17.08(b))", agreement: "sd71-cupe439", id: "severance", query: "seniorityDate=1982-09-01&layoffDate=2024-06-28&monthly=5000.00&salaryFrom=2020-06&salaryTo=2024-05", expected: "120000.00" },
  { name: "GRV-003: a Step 2 application received 2025-02-12 is decided by 2025-02-20, skipping Family Day (12.02(a))", agreement: "sd71-cupe439", id: "time-limit", query: "limit=step2-decision&trigger=2025-02-12", expected: "2025-02-20" },
];
