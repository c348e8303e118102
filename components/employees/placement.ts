/** "Cat 5, step 8" for a teacher, "Grade 8 step 2 (b)" for support staff, "Non-certificated" for a substitute. */
export function placementOf(e: {
  teacherCategory: string | null; teacherStep: number | null; certificated: boolean | null;
  payGrade: string | null; payStep: number | null; generalClassification: string | null;
}): string {
  if (e.teacherCategory) return `Category ${e.teacherCategory}, step ${e.teacherStep ?? "?"}`;
  if (e.certificated === false) return "Non-certificated";
  if (e.payGrade) return `${e.payGrade.startsWith("B") ? "Trades " : "Grade "}${e.payGrade}, step ${e.payStep ?? "?"}${e.generalClassification ? ` (${e.generalClassification})` : ""}`;
  return "—";
}
