/**
 * Exact integer rounding on safe JS integers, for hot paths (overtime, callouts) where
 * BigInt rationals would dominate the cost. Same results as roundCents(rat(num, den)).
 */

/** round_half_up(num / den) for integers with num ≥ 0, den > 0, both safe integers. */
export function divRoundHalfUp(num: number, den: number): number {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num < 0 || den <= 0)
    throw new RangeError(`divRoundHalfUp: unsafe operands ${num}/${den}`);
  const twice = 2 * num + den;
  const d2 = 2 * den;
  if (!Number.isSafeInteger(twice) || !Number.isSafeInteger(d2)) throw new RangeError(`divRoundHalfUp: overflow ${num}/${den}`);
  let q = Math.floor(twice / d2);
  // correct any floating-point error of the division
  while (q * d2 > twice) q--;
  while ((q + 1) * d2 <= twice) q++;
  return q;
}
