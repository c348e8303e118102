import { z } from "zod";
import { parseDollars } from "@/lib/rules/core";

/**
 * Normalizes what people type for an amount of money: "$1,905,000", "1905000.00", " 1 905 000 $".
 * Commas must group thousands (so "1,90" is refused rather than read as 190); a dollar sign and spaces are dropped.
 * Returns the plain decimal string ("1905000", "1905000.00"), or the input unchanged when it is not such an amount.
 */
export function normalizeMoneyText(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const s = v.trim().replace(/^\$\s*|\s*\$$/g, "").replace(/\s+/g, "");
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(s)) return s.replace(/,/g, "");
  return s;
}

const PLAIN = /^\d+(\.\d{1,2})?$/;

/** A required amount in dollars typed by a person, parsed to integer cents. Use for every money field. */
export function moneyInput(message = "Enter an amount in dollars, e.g. 1,905,000 or 1905000.00") {
  return z.preprocess(normalizeMoneyText, z.string({ error: message }).regex(PLAIN, message).transform((s) => parseDollars(s)));
}
