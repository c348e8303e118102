import { z } from "zod";
import { isoDateSchema, safeString } from "./common";

const blank = (v: unknown) => (v === null || v === undefined || (typeof v === "string" && v.trim() === "") ? undefined : typeof v === "string" ? v.trim() : v);

/**
 * An employee's position as the HR clerk edits it: its title, its school (a school of the district, or none; the
 * school decides the C.12.1.b.i outlying bypass) and its FTE. `school` is "" for no school.
 */
export const PositionSchema = z.object({
  title: safeString({ error: "Enter the position's title" }).trim().min(1, "Enter the position's title").max(120, "The title is at most 120 characters"),
  school: z.preprocess((v) => blank(v) ?? "", safeString()),
  fte: z.preprocess(
    blank,
    safeString({ error: "Enter the FTE, e.g. 1 or 0.5" })
      .regex(/^(0?\.\d{1,3}|0(\.\d{0,3})?|1(\.0{0,3})?)$/, "The FTE must be a number from 0 to 1 with at most three decimals, e.g. 1 or 0.5")
      .refine((v) => Number(v) > 0, "The FTE must be more than 0"),
  ),
});

/** A new position also needs the date it starts. */
export const NewPositionSchema = PositionSchema.extend({
  startDate: z.preprocess(blank, isoDateSchema({ error: "Enter the start date (YYYY-MM-DD)" })),
});

export type PositionInput = z.output<typeof PositionSchema>;
export type NewPositionInput = z.output<typeof NewPositionSchema>;

/** An FTE in thousandths ("0.5" → 500), the way Position.fteMilli stores it. */
export const fteMilliOf = (fte: string) => Math.round(Number(fte) * 1000);
