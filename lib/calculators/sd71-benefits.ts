/** SD71 CUPE 439: benefit premium shares (28.02(a)) and a WCB top-up in sick days (28.03). */
import { sd71PremiumShare, sd71WcbSickLeaveConversion } from "@/lib/rules";
import { defineCalculator, money, plain } from "./define";
import { f } from "./fields";

const A = "sd71-cupe439" as const;
const PLANS = [
  { value: "medical", label: "Medical Services Plan" },
  { value: "extended-health", label: "Extended health" },
  { value: "group-life", label: "Group life insurance" },
  { value: "dental", label: "Dental" },
  { value: "efap", label: "Employee and family assistance program (yearly cost)" },
] as const;

export const premiumShare = defineCalculator({
  id: "premium-share",
  agreement: A,
  title: "Benefit premium shares",
  summary: "The Board's and the employee's share of a benefit premium: 90/10, or for EFAP 75% up to the Board's yearly maximum.",
  articles: ["28.02(a)", "38.01"],
  fields: [
    f.date("date", "Date", { default: "today" }),
    f.select("plan", "Plan", PLANS, { default: "medical" }),
    f.dollars("premium", "Premium (EFAP: the year's cost before taxes)", { default: "75.00" }),
    f.optionalNumber("taxPercent", "EFAP tax rate (%)", { nonNegative: true, hint: "EFAP only: the Board's share is “plus taxes”." }),
  ],
  errorField: (field) => (field === "premiumCents" ? "premium" : field === "taxPercent" || field === "date" ? field : undefined),
  compute: (i) => {
    const r = sd71PremiumShare({ date: i.date, plan: i.plan, premiumCents: i.premium, ...(i.taxPercent !== undefined ? { taxPercent: i.taxPercent } : {}) });
    return {
      headline: money("Board's share", r.boardCents),
      figures: [money("Employee's share", r.employeeCents), ...(r.boardTaxCents ? [money("Tax paid by the Board", r.boardTaxCents)] : []), plain("Board maximum applied", r.capApplied ? "Yes" : "No"), plain("Value used", r.parameter)],
      explanation: r,
    };
  },
});

export const wcbSickLeave = defineCalculator({
  id: "wcb-sick-leave",
  agreement: A,
  title: "WCB top-up in sick days",
  summary: "The WCB payment is turned over, normal pay is paid, and the difference comes off sick-leave credits in days.",
  articles: ["28.03"],
  fields: [
    f.dollars("normalPay", "Normal and regular pay for the period", { default: "1000.00" }),
    f.dollars("wcbPayment", "WCB payment turned over", { default: "800.00" }),
    f.dollars("dailyPay", "Daily regular pay", { default: "200.00" }),
    f.number("sickDays", "Accumulated sick-leave days", { default: "10", nonNegative: true }),
    f.yesNo("lumpSum", "A lump-sum settlement or disability pension (not turned over)"),
  ],
  errorField: (field) => ({ normalPayCents: "normalPay", wcbPaymentCents: "wcbPayment", dailyRegularPayCents: "dailyPay", accumulatedSickDays: "sickDays" })[field],
  compute: (i) => {
    const r = sd71WcbSickLeaveConversion({ normalPayCents: i.normalPay, wcbPaymentCents: i.wcbPayment, dailyRegularPayCents: i.dailyPay, accumulatedSickDays: i.sickDays, ...(i.lumpSum ? { lumpSumOrPension: true } : {}) });
    return {
      headline: plain("Sick days deducted", r.daysDeducted.toFixed(2)),
      figures: [money("Difference paid by the Board", r.differenceCents), plain("Sick days left", r.remainingSickDays.toFixed(2)), ...(r.shortfallDays ? [plain("Days not covered by credits", r.shortfallDays.toFixed(2))] : [])],
      explanation: r,
    };
  },
});
