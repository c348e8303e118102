/**
 * C.14.1: "TTOCs who refuse three (3) assignments except when notice has been given that they
 * will be unavailable, will no longer be contracted for work except in emergency circumstances."
 * A refusal on a day the TTOC had given notice of unavailability does not count. The agreement
 * states no reset: every counted refusal on the TTOC list counts (spec §3.11, "reset rule
 * silent"); an optional `countFrom` date lets a district apply a reset it has agreed to.
 */
import { z } from "zod";
import { type Explanation, Trace, formatIsoDate, isoDay, parseInput } from "@/lib/rules/core";

export interface Sd73TtocRefusalsResult extends Explanation {
  countedRefusals: number;
  /** The third counted refusal, from which the TTOC is no longer contracted (emergencies aside). */
  noLongerContractedFrom: string | null;
  notCounted: { date: string; reason: string }[];
}

/** C.14.1: count a TTOC's refusals and say whether the three-refusal rule applies. */
export function sd73TtocRefusals(input: { refusals: { date: string; noticeOfUnavailability: boolean }[]; countFrom?: string }): Sd73TtocRefusalsResult {
  const p = parseInput(
    z.strictObject({ refusals: z.array(z.strictObject({ date: isoDay, noticeOfUnavailability: z.boolean() })).max(10_000), countFrom: isoDay.optional() }),
    input,
    "C.14.1",
  );
  const t = new Trace().cite("C.14.1");
  const notCounted: { date: string; reason: string }[] = [];
  let counted = 0;
  let third: string | null = null;
  for (const r of [...p.refusals].sort((a, b) => a.date - b.date)) {
    const d = formatIsoDate(r.date);
    if (p.countFrom !== undefined && r.date < p.countFrom) notCounted.push({ date: d, reason: `before the count start ${formatIsoDate(p.countFrom)}` });
    else if (r.noticeOfUnavailability) notCounted.push({ date: d, reason: "notice of unavailability had been given" });
    else if (++counted === 3) third = d;
  }
  if (notCounted.length) t.step(`Not counted: ${notCounted.map((n) => `${n.date} (${n.reason})`).join("; ")}.`);
  t.step(`${counted} refusal(s) counted${third ? `; the third on ${third}: the TTOC will no longer be contracted for work except in emergency circumstances` : "; fewer than three"}.`);
  return t.done({ countedRefusals: counted, noLongerContractedFrom: third, notCounted });
}
