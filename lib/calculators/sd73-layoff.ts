/** SD73 teachers: recall-right expiry (C.12.1.c.vi.5, C.12.1.c.vii) and severance (C.12.4). */
import { sd73RecallExpiry, sd73Severance } from "@/lib/rules";
import { defineCalculator, money, plain } from "./define";
import { f } from "./fields";

const A = "sd73-teachers" as const;

const contract = (n: 1 | 2) => {
  const group = `Temporary contract since layoff ${n} (optional)`;
  return [
    f.optionalDate(`c${n}Start`, "Start", { group }),
    f.optionalDate(`c${n}End`, "End", { group }),
    f.optionalNumber(`c${n}Months`, "Teaching months, if known", { group, hint: "Leave blank to count session days covered (AMB-10)." }),
  ] as const;
};

export const recallExpiry = defineCalculator({
  id: "recall-expiry",
  agreement: A,
  title: "Recall-right expiry",
  summary: "When a laid-off teacher's recall rights end: three years, extended by teaching months of temporary contracts since layoff.",
  articles: ["C.12.1.c.vi.5", "C.12.1.c.vii"],
  fields: [
    f.date("layoffDate", "Effective date of layoff", { default: "today", hint: "The term end, not the notice date (AMB-10)." }),
    ...contract(1), ...contract(2),
    f.optionalDate("protectedFrom", "Protected period from", { group: "University or medical leave (optional, C.12.1.c.vii)" }),
    f.optionalDate("protectedTo", "Protected period to", { group: "University or medical leave (optional, C.12.1.c.vii)" }),
  ],
  check: (i) => {
    const r = i as Record<string, unknown>;
    for (const [a, b] of [["c1Start", "c1End"], ["c2Start", "c2End"], ["protectedFrom", "protectedTo"]])
      if ((r[a] === undefined) !== (r[b] === undefined)) return { [r[a] === undefined ? a : b]: "Give both dates, or neither." };
    return null;
  },
  errorField: (field, input) => {
    if (field.startsWith("protected")) return "protectedFrom";
    const m = /^temporaryContractsSinceLayoff(?:\.(\d+))?\.?(\w+)?/.exec(field);
    if (!m) return field === "layoffEffectiveDate" ? "layoffDate" : undefined;
    const n = m[1] !== undefined && Number(m[1]) === 1 ? 2 : input.c1Start === undefined ? 2 : 1;
    return m[2] === "end" ? `c${n}End` : m[2] === "teachingMonths" ? `c${n}Months` : `c${n}Start`;
  },
  compute: (i, policies) => {
    const r = i as Record<string, unknown>;
    const contracts = [1, 2].filter((n) => r[`c${n}Start`] !== undefined).map((n) => ({
      start: r[`c${n}Start`] as string, end: r[`c${n}End`] as string,
      ...(r[`c${n}Months`] !== undefined ? { teachingMonths: r[`c${n}Months`] as number } : {}),
    }));
    const res = sd73RecallExpiry({
      layoffEffectiveDate: i.layoffDate, temporaryContractsSinceLayoff: contracts,
      ...(i.protectedFrom && i.protectedTo ? { protectedPeriods: [{ from: i.protectedFrom, to: i.protectedTo }] } : {}),
      ...(policies ? { policies } : {}),
    });
    return {
      headline: plain("Recall rights expire on", res.recallRightsExpire),
      figures: [plain("Three years after layoff", res.baseExpiry), plain("Teaching months of extension", res.extensionTeachingMonths)],
      explanation: res,
    };
  },
});

const CATEGORIES = [{ value: "4", label: "Category 4" }, { value: "5", label: "Category 5" }, { value: "5+", label: "Category 5+" }, { value: "6", label: "Category 6" }] as const;
const PLACEMENT = "Or the last scale placement (to look up the salary)";

export const sd73SeveranceCalc = defineCalculator({
  id: "severance",
  agreement: A,
  title: "Severance",
  summary: "Severance on layoff: 5% of a year's full-time salary per FTE year of continuous service, at most one year's salary.",
  articles: ["C.12.4.a", "C.12.4.b", "C.12.4.c"],
  fields: [
    f.yesNo("laidOff", "Laid off", { default: "true" }),
    f.yesNo("dismissedForCause", "Terminated or dismissed for just and reasonable cause"),
    f.number("employmentYears", "Years of continuous employment", { default: "1" }),
    f.number("fteYears", "FTE years of continuous service", { default: "1" }),
    f.optionalDate("layoffDate", "Effective date of layoff", { hint: "For the three-year election window." }),
    f.optionalDollars("salary", "Full-time salary at the last scale placement", { hint: "Dollars; or leave blank and give the placement below." }),
    f.optionalDate("placementDate", "Last period of employment (date)", { group: PLACEMENT }),
    f.optionalSelect("category", "Category", CATEGORIES, { group: PLACEMENT }),
    f.optionalInteger("step", "Step", { group: PLACEMENT }),
    f.yesNo("priorSeverancePaid", "Severance was paid before a rehire (C.12.4.c)", { group: "After a rehire" }),
    f.optionalNumber("fteYearsSinceRehire", "FTE years since the rehire", { group: "After a rehire" }),
  ],
  check: (i) => {
    if (i.salary !== undefined || !i.laidOff || i.dismissedForCause) return null;
    if (i.placementDate === undefined) return { salary: "Enter the full-time salary, or the date, category and step of the last placement." };
    if (i.category === undefined) return { category: "Choose the category of the last placement." };
    if (i.step === undefined) return { step: "Enter the step of the last placement." };
    return null;
  },
  errorField: (field) => ({
    continuousEmploymentYears: "employmentYears", fteYearsOfContinuousService: "fteYears", fullTimeSalaryCents: "salary",
    "lastPlacement.date": "placementDate", "lastPlacement.step": "step", "lastPlacement.category": "category", layoffEffectiveDate: "layoffDate",
  } as Record<string, string>)[field],
  compute: (i, policies, params) => {
    const r = sd73Severance({
      laidOff: i.laidOff, dismissedForCause: i.dismissedForCause, continuousEmploymentYears: i.employmentYears, fteYearsOfContinuousService: i.fteYears,
      ...(i.salary !== undefined ? { fullTimeSalaryCents: i.salary } : i.placementDate && i.category && i.step !== undefined ? { lastPlacement: { date: i.placementDate, category: i.category, step: i.step } } : {}),
      ...(i.priorSeverancePaid ? { priorSeverancePaid: true } : {}),
      ...(i.fteYearsSinceRehire !== undefined ? { fteYearsSinceRehire: i.fteYearsSinceRehire } : {}),
      ...(i.layoffDate ? { layoffEffectiveDate: i.layoffDate } : {}),
      ...(policies ? { policies } : {}),
    }, params);
    return {
      headline: money("Severance", r.amountCents),
      figures: [
        plain("Eligible", r.eligible ? "Yes" : "No"),
        plain("FTE years counted", r.fteYearsCounted),
        plain("Percentage of one year's salary", `${r.percent}%`),
        ...(r.electionDeadline ? [plain("Elect by", r.electionDeadline)] : []),
        ...(r.priorPaymentRetained ? [plain("Prior severance", "retained")] : []),
      ],
      explanation: r,
    };
  },
});
