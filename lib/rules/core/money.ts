/**
 * Money: integer cents at every boundary; exact rationals in between.
 * Default rounding is half up to the cent on the final amount (spec "Conventions").
 */
import { type Rational, rat, roundHalfUp, fromDecimal, toFixed } from "./rational";

/** An amount of money in integer cents. */
export type Cents = number;

/** Whole dollars (grid cells, allowances) to cents. */
export const dollarsToCents = (dollars: number): Cents => dollars * 100;

/** Exact cents as a rational, from integer cents. */
export const centsRat = (cents: Cents): Rational => rat(cents);

/** Round an exact amount of cents half up to integer cents. */
export function roundCents(exactCents: Rational): Cents {
  return Number(roundHalfUp(exactCents));
}

/** Parse a dollar string "156.43" exactly into integer cents (throws on sub-cent precision). */
export function parseDollars(s: string): Cents {
  const r = fromDecimal(s);
  if (!r) throw new RangeError(`not a decimal amount: ${s}`);
  const c = { n: r.n * 100n, d: r.d };
  if (c.n % c.d !== 0n) throw new RangeError(`amount has fractions of a cent: ${s}`);
  return Number(c.n / c.d);
}

/** "$1,234.56" for steps a steward reads. */
export function formatCents(cents: Cents): string {
  const neg = cents < 0;
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const c = (abs % 100).toString().padStart(2, "0");
  return `${neg ? "-" : ""}$${dollars}.${c}`;
}

/** "1234.56" (plain decimal dollars, as in the spec's vectors). */
export function centsToDecimal(cents: Cents): string {
  const neg = cents < 0;
  const abs = Math.abs(cents);
  return `${neg ? "-" : ""}${Math.floor(abs / 100)}.${(abs % 100).toString().padStart(2, "0")}`;
}

/** An exact amount of cents shown in dollars with `places` decimals ("456.026455"). */
export function exactDollars(exactCents: Rational, places = 6): string {
  if (exactCents.d === 1n && places >= 2) {
    // whole cents: no division needed
    const c = exactCents.n < 0n ? -exactCents.n : exactCents.n;
    const s = `${c / 100n}.${(c % 100n).toString().padStart(2, "0")}${"0".repeat(places - 2)}`;
    return exactCents.n < 0n ? "-" + s : s;
  }
  return toFixed({ n: exactCents.n, d: exactCents.d * 100n }, places);
}
