/**
 * Every calculator, by agreement. A rule family appears here only once `lib/rules`
 * exports a function for it; the generic page renders any entry.
 */
import type { AgreementId, Calculator } from "./types";
import { ttocDayPay, salaryPlacement, partTimeSalary, unpaidDayDeduction } from "./sd73-pay";
import { sd73TimeLimitCalc, ttocSeniorityCredit, seniorityTotal } from "./sd73-service";
import { recallExpiry, sd73SeveranceCalc } from "./sd73-layoff";
import { payOnDate, overtime, sentHome, shiftDifferential } from "./sd71-pay";
import { callouts, phoneCalls } from "./sd71-callouts";
import { premiumShare, wcbSickLeave } from "./sd71-benefits";
import { sd71TimeLimitCalc, vacationEntitlement, vacationPay, ctStatus, seniorityDate, layoffSeniorityLoss, severance } from "./sd71-service";

export const CALCULATORS: readonly Calculator[] = [
  // SD73 teachers
  ttocDayPay, salaryPlacement, partTimeSalary, unpaidDayDeduction, ttocSeniorityCredit, seniorityTotal, recallExpiry, sd73SeveranceCalc, sd73TimeLimitCalc,
  // SD71 CUPE 439
  payOnDate, overtime, callouts, phoneCalls, sentHome, shiftDifferential, vacationEntitlement, vacationPay, ctStatus,
  seniorityDate, layoffSeniorityLoss, severance, sd71TimeLimitCalc, premiumShare, wcbSickLeave,
];

export function calculatorsOf(agreement: AgreementId): Calculator[] {
  return CALCULATORS.filter((c) => c.agreement === agreement);
}

export function findCalculator(agreement: string, id: string): Calculator | undefined {
  return CALCULATORS.find((c) => c.agreement === agreement && c.id === id);
}
