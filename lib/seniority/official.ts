/**
 * Official dates of the annual lists and the SD71 appeal window. SD73: "updated May 1" each
 * year (C.12.1.c.ii). SD71: sent out in February with "all seniority accumulated inclusive to
 * January 31st", appealable "six (6) months from the date of issuance" (15.02(a)); the
 * window ends on the same calendar day six months later (spec §0.2, GRV-015).
 */
import { addMonths, formatIsoDate } from "@/lib/rules/core";
import { day } from "./days";

export const OFFICIAL = {
  "sd73-teachers": { monthDay: "05-01", article: "C.12.1.c.ii", label: "May 1" },
  "sd71-cupe439": { monthDay: "01-31", article: "15.02(a)", label: "January 31" },
} as const;

/** The latest official list date on or before `today`. */
export function latestOfficialDate(rules: keyof typeof OFFICIAL, today: string): string {
  const md = OFFICIAL[rules].monthDay;
  const y = Number(today.slice(0, 4));
  return today.slice(5) >= md ? `${y}-${md}` : `${y - 1}-${md}`;
}

export const isOfficialDate = (rules: keyof typeof OFFICIAL, asOf: string) => asOf.slice(5) === OFFICIAL[rules].monthDay;

/** Last day to appeal an SD71 list issued on `issuedOn` (15.02(a)). */
export const appealDeadline = (issuedOn: string) => formatIsoDate(addMonths(day(issuedOn), 6));

/**
 * The date a list is published as, for a list viewed as of `viewed`: a regular list only as of its official
 * date (the latest on or before the viewed date, never after today); a continuing temporary list as of the
 * viewed date, never after today (15.02(b): updated after each payroll).
 */
export function publishDateFor(rules: keyof typeof OFFICIAL, list: "REGULAR" | "CONTINUING_TEMPORARY", viewed: string, today: string): string {
  const upTo = viewed < today ? viewed : today;
  return list === "REGULAR" ? latestOfficialDate(rules, upTo) : upTo;
}
