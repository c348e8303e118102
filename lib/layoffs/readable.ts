/** Words in place of internal ids in a what-if's steps and figures, so a page never shows one. Client-safe. */
import { seniorityDaysFigure } from "@/lib/format/seniority";

/** Replaces each id in the text by its label (employee ids by "Name (number)", position ids by title and holder). */
export function readable(text: string, labels: Record<string, string>): string {
  const ids = Object.keys(labels).filter(Boolean).sort((a, b) => b.length - a.length);
  return ids.reduce((t, id) => t.split(id).join(labels[id]), text);
}

/** A seniority figure as the list shows it, also for results recorded before figures were formatted ("996.5337 days"). */
export function seniorityText(s: string): string {
  const m = /^(\d+(?:\.\d+)?) days$/.exec(s);
  return m ? seniorityDaysFigure(Number(m[1])) : s;
}
