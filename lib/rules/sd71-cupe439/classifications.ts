// Pay Grade Classification list and the general classifications of Article 27.03,
// validated at load. The grade is stored per title as printed; the two Strong Start
// titles (grade 9 and grade 5) are both kept because the list prints both (A17).
import { z } from "zod";
import { classificationsData } from "./data/classifications.data";

const classification = z.strictObject({
  title: z.string().min(1),
  location: z.string(),
  payGrade: z.number().int().min(1).max(13),
  schedule: z.enum(["A", "B"]),
  rateTable: z.union([z.literal("grade"), z.string().regex(/^B(1[0-3]|[89])$/)]),
  generalClassification: z.enum(["a", "b", "c"]).nullable(),
  gcBasis: z.enum(["text", "interp", "ambiguous"]),
});

export type Sd71Classification = z.infer<typeof classification>;
export type GeneralClassification = "a" | "b" | "c";

export const SD71_CLASSIFICATIONS: readonly Sd71Classification[] = z
  .array(classification)
  .length(87)
  .parse(classificationsData);

for (const c of SD71_CLASSIFICATIONS) {
  // A trades code always equals "B" + the printed pay grade.
  if (c.rateTable !== "grade" && c.rateTable !== `B${c.payGrade}`) throw new Error(`classification ${c.title}: ${c.rateTable} ≠ B${c.payGrade}`);
}

/** Looks a title up exactly as printed in the Pay Grade Classification list. */
export function sd71Classification(title: string): Sd71Classification | undefined {
  return SD71_CLASSIFICATIONS.find((c) => c.title === title);
}

/** The printed general-classification labels (27.03). */
export const GENERAL_CLASSIFICATION_TEXT: Record<GeneralClassification, string> = {
  a: "27.03(a) Library clerk, education assistant, support worker, program worker except work experience program worker and international program worker",
  b: "27.03(b) Clerical, including administrative assistant, accounts clerk, help desk technical support clerk, and work experience program worker and international program worker",
  c: "27.03(c) Maintenance worker, custodian, technician and bus driver",
};
