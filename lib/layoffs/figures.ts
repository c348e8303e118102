/** Runs one rules function and keeps its explanation, or the refusal with its article, as a figure to show. */
import { RulesError, type Explanation } from "@/lib/rules";
import type { Figure } from "./types";

export function figure<R extends Explanation, T>(run: () => R, pick: (r: R) => T, fallbackArticle: string): Figure<T> {
  try {
    const r = run();
    return { ok: true, ...pick(r), citations: r.citations, steps: r.steps, interpretations: r.interpretations };
  } catch (e) {
    if (e instanceof RulesError) return { ok: false, error: e.message.replace(/ \[field: .*\]$/, ""), article: e.article || fallbackArticle };
    throw e;
  }
}

/** Completed months between two ISO dates (b after a), counted by calendar month and day. */
export function completedMonths(a: string, b: string): number {
  const [ya, ma, da] = a.split("-").map(Number), [yb, mb, db] = b.split("-").map(Number);
  return Math.max(0, (yb - ya) * 12 + (mb - ma) - (db < da ? 1 : 0));
}

export const isoDate = /^\d{4}-\d{2}-\d{2}$/;
export const fte = (milli: number) => (milli / 1000).toFixed(3).replace(/\.?0+$/, "") || "0";

/** The position an employee holds, by title and school, e.g. "Teacher, Music at Clearwater Secondary"; null when none is on file. */
export const positionLabel = (s: { positionTitle?: string | null; school?: string | null }): string | null =>
  s.positionTitle ? `${s.positionTitle}${s.school ? ` at ${s.school}` : ""}` : null;
