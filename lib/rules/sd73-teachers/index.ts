/** SD73 (Kamloops-Thompson) teachers, 2022–2025: public functions. */
export { ttocDailyPay, committeeMeetingFraction, type TtocDailyPayInput, type TtocDailyPayResult } from "./ttoc-pay";
export { sd73Policies, type Sd73Policies, type Sd73PolicyChoices } from "./policies";
export { sd73Calendars, sd73WdA, sd73WdB, sd73WdAStatutoryOnly, schoolCalendar } from "./calendar";
export { sd73TimeLimit, type Sd73TimeLimitInput, type Sd73TimeLimitResult } from "./time-limits";
export { TIME_LIMIT_IDS, timeLimits, type TimeLimitId, type TimeLimit } from "./parameters/time-limits";
export { sd73SchoolYear, type Sd73SchoolYearResult } from "./school-year";
export { sd73AnnualSalary, sd73Placement, sd73UnpaidDayDeduction, sd73PartMonthSalary, sd73SummerSchoolPay, sd73GridChange, sd73CategoryChangeEffective } from "./salary";
export { sd73TtocExperience, sd73Lou11Transfer, type Sd73TtocExperienceInput } from "./experience";
export { sd73Allowance, sd73TeacherInChargeExcess, sd73Mileage, sd73TtocTravelInLieu, sd73GroupLifeInsurance, ALLOWANCE_CODES } from "./allowances";
export { sd73TtocSeniorityCredit, sd73SeniorityTotal, sd73SeniorityPorting, sd73LeaveSeniority, LEAVE_KINDS, type Sd73SeniorityYear } from "./seniority";
export { sd73SeniorityList, type Sd73SeniorityTeacher, type Sd73SeniorityRow } from "./seniority-list";
export { sd73LayoffOrder, sd73RecallExpiry, sd73RecallStatus, type Sd73LayoffCandidate, type Sd73RecallExpiryInput, type Sd73RecallStatusInput } from "./recall";
export { sd73Severance, type Sd73SeveranceInput, type Sd73SeveranceResult } from "./severance";
export { sd73SickLeaveCredit, sd73SickLeaveDeduction, sd73Bereavement, sd73FamilyIllnessLeave, sd73CompassionateLeave, sd73SupplementalBenefits, sd73LeaveEntitlement } from "./leaves";
export { LEAVE_IDS, leaveTable, type LeaveId, type LeaveEntitlement } from "./parameters/leaves";
export { sd73ClassSizeMaximum, sd73ClassSizeRemedy, sd73ClassRemedyDates, sd73PrepTime, sd73NonEnrollingStaffing } from "./class-size";
export { sd73ContractIncrements, sd73PartTimeIncrement } from "./increments";
export { sd73SecondaryTeachingLoad } from "./class-size";
