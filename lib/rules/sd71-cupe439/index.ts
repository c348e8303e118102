// SD71 (Comox Valley) – CUPE Local 439, agreement 2014–2019: public API.
export { hourlyRate, sd71WageTableDates, type HourlyRateInput, type HourlyRateResult, type PayGrade } from "./wages";
export { SD71_CLASSIFICATIONS, sd71Classification, GENERAL_CLASSIFICATION_TEXT, type Sd71Classification } from "./classifications";
export { SD71_POLICIES, type Sd71Policies, type Sd71PolicyId } from "./interpretations";
export { sd71Calendars, sd71WorkingDays, sd71WorkingDaysExclJulyAugust } from "./calendar";
export { sd71HolidaysOfYear } from "./holidays";
export { sd71TimeLimit, SD71_TIME_LIMITS, type Sd71TimeLimitInput, type Sd71TimeLimitResult } from "./time-limits";
export { sd71WeeklyOvertime, type Sd71OvertimeInput, type Sd71OvertimeResult } from "./overtime";
export { sd71CalloutPay, sd71PhoneCallPay } from "./callouts";
export { sd71DailyPay, sd71ShiftDifferential, sd71WeekendPremium, sd71ReportingPay } from "./pay";
export { sd71SubstitutionPay, sd71TechChangeProtection, sd71Kilometrage, sd71StepIncrementDate } from "./assignments";
