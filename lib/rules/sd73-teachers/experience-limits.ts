/**
 * B.24 background experience and B.25 Letters of Permission: category, experience credit and
 * the seven-year certification deadline.
 * B.24.1: certificate less than professional → Category 4 "plus 50% of their background
 * experience … up to a maximum of five (5) steps"; B.24.2: appointed after January 1, 1971 →
 * certification within seven years of hiring or revert; B.24.3: professional certificate → all
 * teaching experience "plus 50% of their background related experience … recognized to a maximum
 * of five (5) years". B.25.1–2: LOP (since July 1, 1991) and FNLT/Developmental Standard
 * certificates → first step of Category 4; B.25.4: seven years to certify, and until then
 * "limited to four (4) years of experience credit".
 */
import { z } from "zod";
import { type Explanation, Trace, addYears, formatIsoDate, isoDay, parseInput, tryParseIsoDate } from "@/lib/rules/core";
import { nonNegative } from "./schemas";

export interface Sd73ExperienceLimitResult extends Explanation {
  /** Category 4 where the article places the teacher there; otherwise null (the TQS category). */
  category: "4" | null;
  experienceCreditYears: number;
  certificationDeadline: string | null;
  revertsIfNotCertified: boolean;
}

const half = (y: number) => Math.floor(y * 50) / 100; // 50%, to the hundredth of a year

/** B.24 / B.25: the experience credit and deadlines for background experience or a Letter of Permission. */
export function sd73ExperienceLimits(input: {
  basis: "b24-less-than-professional" | "b24-professional" | "b25-letter-of-permission";
  hireDate: string;
  teachingExperienceYears: number;
  backgroundExperienceYears?: number;
  certified?: boolean;
}): Sd73ExperienceLimitResult {
  const p = parseInput(
    z.strictObject({ basis: z.enum(["b24-less-than-professional", "b24-professional", "b25-letter-of-permission"]), hireDate: isoDay, teachingExperienceYears: nonNegative, backgroundExperienceYears: nonNegative.optional(), certified: z.boolean().optional() }),
    input,
    () => ((input as { basis?: string } | null)?.basis === "b25-letter-of-permission" ? "B.25" : "B.24"),
  );
  const bg = p.backgroundExperienceYears ?? 0;
  const deadline = formatIsoDate(addYears(p.hireDate, 7));
  if (p.basis === "b24-less-than-professional") {
    const t = new Trace().cite("B.24.1");
    const credit = Math.min(half(bg), 5);
    t.step(`Category 4 plus 50% of ${bg} year(s) of background experience (apprenticing included) = ${half(bg)}, at most 5 steps → ${credit}.`);
    const after1971 = p.hireDate > (tryParseIsoDate("1971-01-01") as number);
    if (after1971) t.cite("B.24.2").step(`Appointed after January 1, 1971: the certification paid for must be reached within seven years of hiring, by ${deadline}, or the teacher reverts to the category of the certificate held.`);
    return t.done({ category: "4", experienceCreditYears: credit, certificationDeadline: after1971 ? deadline : null, revertsIfNotCertified: after1971 });
  }
  if (p.basis === "b24-professional") {
    const t = new Trace().cite("B.24.3");
    const bgCredit = Math.min(half(bg), 5);
    const credit = p.teachingExperienceYears + bgCredit;
    t.step(`Professional certificate: the category qualified for, all ${p.teachingExperienceYears} year(s) of teaching experience, plus 50% of ${bg} year(s) of related background = ${half(bg)}, recognized to at most 5 years → ${bgCredit}; total ${credit}.`);
    return t.done({ category: null, experienceCreditYears: credit, certificationDeadline: null, revertsIfNotCertified: false });
  }
  const t = new Trace().cite("B.25.1", "B.25.2", "B.25.4");
  const certified = p.certified === true;
  const credit = certified ? p.teachingExperienceYears : Math.min(p.teachingExperienceYears, 4);
  t.step(`Letter of Permission: placed on the first step of Category 4 at hiring (B.25.1–2); experience credit ${certified ? `${credit} year(s) (certified: the four-year limit no longer applies)` : `${p.teachingExperienceYears} → at most 4 years until certified: ${credit}`}.`);
  t.step(`Certification for the category paid must be reached within seven years of hiring: by ${deadline} (B.25.4).`);
  return t.done({ category: "4", experienceCreditYears: credit, certificationDeadline: deadline, revertsIfNotCertified: false });
}
