import type { Category } from "@/lib/rules/sd73-teachers/parameters/salary-grids";

/** A TTOC's placement as ttocDailyPay takes it: certificated at category and step, or a non-certificated substitute (B.2.8). */
export function placementArgs(e: { certificated: boolean | null; teacherCategory: string | null; teacherStep: number | null }) {
  if (e.certificated === false) return { certificated: false as const };
  return { certificated: true as const, category: (e.teacherCategory ?? undefined) as Category | undefined, step: e.teacherStep ?? undefined };
}
