// Month arithmetic of spec §0.2: completed months between two dates, and the periods
// "in excess of N months" (exceeded on start + N months).
import { addMonths, type DayNumber } from "../core/date";

/** Whole months m with a + m months ≤ b (0 when b < a). */
export function completedMonths(a: DayNumber, b: DayNumber): number {
  if (b < a) return 0;
  let lo = 0, hi = 12 * 300;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (addMonths(a, mid) <= b) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
