// Salary Schedule "C" and the other fixed amounts, as effective-dated series
// (core/params) validated strictly at load, each value with its citation.
import { z } from "zod";
import { defineSeries, type Series } from "../core/params";
import { allowancesData } from "./data/allowances.data";

type Key = keyof typeof allowancesData;
const pctString = z.string().regex(/^\d+(\.\d+)?$/);
const centsValue = z.number().int().nonnegative();

function series<T>(key: Key, schema: z.ZodType<T>, article: string): Series<T> {
  return defineSeries<T>(
    {
      name: key,
      article,
      coverageTo: "2019-06-30",
      continuation: { article: "38.01", note: "the Agreement continues from year to year until replaced" },
      values: allowancesData[key].map((v) => ({ from: v.effective, value: v.value as T, cite: v.cite })),
    },
    schema,
  );
}

export const ALLOWANCES = {
  afternoonShiftPercent: series("afternoonShiftPercent", pctString, "Schedule C 1"),
  nightShiftPercent: series("nightShiftPercent", pctString, "Schedule C 1"),
  splitShiftPercent: series("splitShiftPercent", pctString, "Schedule C 1"),
  weekendDayCentsPerHour: series("weekendDayCentsPerHour", centsValue, "Schedule C 1"),
  weekendAfternoonCentsPerHour: series("weekendAfternoonCentsPerHour", centsValue, "Schedule C 1"),
  weekendNightCentsPerHour: series("weekendNightCentsPerHour", centsValue, "Schedule C 1"),
  temporaryLeadhandCentsPerHour: series("temporaryLeadhandCentsPerHour", centsValue, "Schedule C 2"),
  rawSewageCentsPerHour: series("rawSewageCentsPerHour", centsValue, "Schedule C 2"),
  kmMaterialsSupplementCentsPerKm: series("kmMaterialsSupplementCentsPerKm", centsValue, "25.03"),
  studentRateCentsPerHour: series("studentRateCentsPerHour", centsValue, "16.11(a)"),
  inLieuOfBenefitsPercent: series("inLieuOfBenefitsPercent", pctString, "28.05"),
  visionCareCentsPer24Months: series("visionCareCentsPer24Months", centsValue, "28.01(h)"),
  premiumBoardPercent: series("premiumBoardPercent", pctString, "28.02(a)"),
  efapBoardPercent: series("efapBoardPercent", pctString, "28.02(a)"),
  efapBoardCapCentsPerYear: series("efapBoardCapCentsPerYear", centsValue, "28.02(a)"),
  pdFundBoardCentsPerYear: series("pdFundBoardCentsPerYear", centsValue, "36.04(b)"),
  pdFundEmployeeCentsPerYear: series("pdFundEmployeeCentsPerYear", centsValue, "36.04(b)"),
};
