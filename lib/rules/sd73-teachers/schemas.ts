/** zod schemas shared by the SD73 rule families (no NaN, no Infinity anywhere). */
import { z } from "zod";

/** A finite number, 0 or more. */
export const nonNegative = z.number().refine((n) => Number.isFinite(n) && n >= 0, { message: "must be a finite number, 0 or more" });

/** A fraction in (0, 1]: an FTE, a worked fraction of a day, a share of a month. */
export const unitFraction = (what: string) =>
  z.number().refine((f) => Number.isFinite(f) && f > 0 && f <= 1, { message: `${what} must be more than 0 and at most 1` });

export const fte = unitFraction("fte");
export const workedFraction = unitFraction("a day's worked fraction");
