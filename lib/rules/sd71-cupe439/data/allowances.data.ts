// Salary Schedule "C" – Allowances, and the other fixed amounts of Articles 16, 25, 28
// and 36. Each value is keyed by the date it took effect (where the agreement prints
// one) and carries its citation. Percentages are strings of the printed figure so that
// arithmetic stays exact (6.6667% is used as printed, not as 2/30).

export const allowancesData = {
  afternoonShiftPercent: [{ effective: "1999-01-01", value: "6.6667", cite: "Schedule C 1 (Afternoon shift)" }],
  nightShiftPercent: [{ effective: "1999-01-01", value: "8.0", cite: "Schedule C 1 (Night shift)" }],
  splitShiftPercent: [{ effective: "1999-01-01", value: "2.5", cite: "Schedule C 1 (Split shift); 20.01" }],
  weekendDayCentsPerHour: [{ effective: "1999-01-01", value: 176, cite: "Schedule C 1 (Weekend work Jan. 1/99, Day)" }],
  weekendAfternoonCentsPerHour: [{ effective: "1999-01-01", value: 176, cite: "Schedule C 1 (Weekend work Jan. 1/99, Afternoon)" }],
  weekendNightCentsPerHour: [{ effective: "1999-01-01", value: 196, cite: "Schedule C 1 (Weekend work Jan. 1/99, Night)" }],
  temporaryLeadhandCentsPerHour: [{ effective: "1999-01-01", value: 36, cite: "Schedule C 2 (Temporary leadhand); 16.11(f)" }],
  rawSewageCentsPerHour: [{ effective: "1999-01-01", value: 36, cite: "Schedule C 2 (Raw sewage premium)" }],
  kmMaterialsSupplementCentsPerKm: [{ effective: "2014-07-01", value: 5, cite: "25.03" }],
  studentRateCentsPerHour: [{ effective: "2006-07-01", value: 1275, cite: "Pay Grade Classification (Student Rate, July 1/06); 16.11(a)" }],
  inLieuOfBenefitsPercent: [{ effective: "2014-07-01", value: "15.5", cite: "28.05; 28.04" }],
  visionCareCentsPer24Months: [{ effective: "2001-01-01", value: 20000, cite: "28.01(h)" }],
  premiumBoardPercent: [{ effective: "2014-05-01", value: "90", cite: "28.02(a) (medical, extended health, group life and dental premiums: Board 90%, employee 10%)" }],
  efapBoardPercent: [{ effective: "2014-05-01", value: "75", cite: "28.02(a) (EFAP: Board 75% of the costs)" }],
  efapBoardCapCentsPerYear: [{ effective: "2014-05-01", value: 3000, cite: "28.02(a) (EFAP: to a maximum of $30.00 per year, plus taxes)" }],
  pdFundBoardCentsPerYear: [{ effective: "2014-07-01", value: 2100, cite: "36.04(b)" }],
  pdFundEmployeeCentsPerYear: [{ effective: "2014-07-01", value: 700, cite: "36.04(b)" }],
} as const;
