import { z } from "zod";
import { parseDollars } from "@/lib/rules/core";
import { MAX_INT_CENTS, MAX_INT_CENTS_MESSAGE } from "./common";

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

/** Cents of a plain decimal string, exactly (BigInt), so that no size of input can overflow the check. */
const exactCents = (s: string) => { const [d, c = "0"] = s.split("."); return BigInt(d) * 100n + BigInt(c.padEnd(2, "0")); };

/**
 * A required amount in dollars typed by a person, parsed to integer cents. Use for every money field. Amounts are
 * stored in PostgreSQL integer columns, so more than $21,474,836.47 is refused ("<label> must be at most …").
 */
export function moneyInput(message = "Enter an amount in dollars, e.g. 1,905,000 or 1905000.00", label = "Amount") {
  return z.preprocess(
    normalizeMoneyText,
    z.string({ error: message }).regex(PLAIN, message)
      .refine((s) => !PLAIN.test(s) || exactCents(s) <= BigInt(MAX_INT_CENTS), `${label} ${MAX_INT_CENTS_MESSAGE}`)
      .transform((s) => parseDollars(s)),
  );
}
