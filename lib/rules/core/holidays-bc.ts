/**
 * BC statutory holidays (Employment Standards Act, s.1 "statutory holiday") for any year.
 * Computed by date-holidays, with one correction: date-holidays lists the National Day for
 * Truth and Reconciliation (September 30) for BC only as an observance; it is a BC
 * statutory holiday from 2023 (ESA amendment, March 2023), so it is added here.
 */
import Holidays from "date-holidays";
import { dayFromCivil, tryParseIsoDate, type DayNumber } from "./date";

export interface Holiday {
  day: DayNumber;
  name: string;
  cite: string;
}

export const NDTR_FIRST_YEAR = 2023;
const NDTR = "National Day for Truth and Reconciliation";
const CITE = "BC Employment Standards Act s.1 (statutory holidays)";

let hd: Holidays | null = null;
const cache = new Map<number, Holiday[]>();

/** BC statutory holidays in a calendar year, in date order. No substitute days (the ESA moves none). */
export function bcStatutoryHolidays(year: number): Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  hd ??= new Holidays("CA", "BC");
  const out: Holiday[] = [];
  for (const h of hd.getHolidays(year)) {
    if (h.type !== "public" || h.substitute) continue;
    const day = tryParseIsoDate(h.date.slice(0, 10));
    if (day !== null && h.name !== NDTR) out.push({ day, name: h.name, cite: CITE });
  }
  if (year >= NDTR_FIRST_YEAR) out.push({ day: dayFromCivil(year, 9, 30), name: NDTR, cite: CITE });
  out.sort((a, b) => a.day - b.day);
  cache.set(year, out);
  return out;
}
