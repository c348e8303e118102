// Shift groups (18.02) and their 19.02 thresholds, validated at load.
import { z } from "zod";
import { ParameterError } from "../core/errors";
import { shiftGroupsData } from "./data/shift-groups.data";

const minutes = z.number().int().positive();
const group = z.strictObject({
  label: z.string().min(1),
  regularDaily: minutes, regularWeekly: minutes,
  dailyBase: minutes, dailyBand: minutes, weeklyBase: minutes, weeklyBand: minutes,
  cite: z.string().min(1),
});
const parsed = z.record(z.enum(["18.02(a)", "18.02(b)", "18.02(c)", "18.02(d)", "18.02(e)"]), group).safeParse(shiftGroupsData);
if (!parsed.success) throw new ParameterError(parsed.error.issues[0].message, "shiftGroupsData", "18.02");

export type ShiftArticle = keyof typeof shiftGroupsData;
export type ShiftGroup = z.infer<typeof group>;
export const SHIFT_GROUPS = parsed.data as Record<ShiftArticle, ShiftGroup>;
export const SHIFT_ARTICLES = Object.keys(shiftGroupsData) as [ShiftArticle, ...ShiftArticle[]];
