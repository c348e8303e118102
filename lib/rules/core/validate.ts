/**
 * Input validation with zod: every public function parses its input and throws
 * an InputError naming the field and the article; nothing is silently defaulted.
 */
import { z } from "zod";
import { tryParseIsoDate, type DayNumber } from "./date";
import { InputError } from "./errors";
import { plainMessage } from "./plain-message";

/** `YYYY-MM-DD` → day number, refusing impossible dates (2025-02-30) and other shapes. */
export const isoDay = z.string().transform((s, ctx): DayNumber => {
  const n = tryParseIsoDate(s);
  if (n === null) {
    ctx.addIssue({ code: "custom", message: `"${s}" is not a calendar date YYYY-MM-DD` });
    return z.NEVER;
  }
  return n;
});

/** An inclusive date range `{ from, to }` with from ≤ to. */
export const dayRange = z
  .strictObject({ from: isoDay, to: isoDay, name: z.string().min(1).optional() })
  .refine((r) => r.from <= r.to, { message: "from must not be after to" });

/** A finite number (no NaN, no Infinity). */
export const finite = z.number().refine(Number.isFinite, { message: "must be a finite number" });

/**
 * Parse `input` with `schema`; on failure throw an InputError for the first issue,
 * naming the dotted field path and the article (or `articleFor(field)`).
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  article: string | ((field: string) => string),
): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue.path.length ? issue.path.map(String).join(".") : "(input)";
  const art = typeof article === "function" ? article(field) : article;
  throw new InputError(plainMessage(issue), field, art);
}
