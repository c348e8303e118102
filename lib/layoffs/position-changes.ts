/**
 * The position changes a confirmed SD71 layoff writes (17.04): along each bumping chain the displacing employee takes
 * the position of the one they displace, and the eliminated position at the head of the chain ends on the effective
 * date. The employee at the end of the chain is laid off and keeps no position. Pure: derived from the recorded result,
 * so the confirm page lists exactly what confirming writes.
 */
import type { PositionChange, ScenarioResult } from "./types";

/** Placeholder ids (lib/layoffs/sd71.ts positionOf) stand for employees with no Position on file: nothing to write. */
const onFile = (position: string) => !position.startsWith("position-of-");

export function positionChanges(r: ScenarioResult): PositionChange[] {
  const out: PositionChange[] = [];
  for (const c of r.chains) {
    const head = c.links[0]?.displaced ?? c.laidOff;
    const eliminated = head ? r.eliminated?.[head] : undefined;
    if (head && eliminated && onFile(eliminated)) out.push({ kind: "end", position: eliminated, holder: head });
    for (const l of c.links) if (onFile(l.position)) out.push({ kind: "reassign", position: l.position, from: l.bumped, to: l.displaced });
  }
  return out;
}

export function describePositionChange(c: PositionChange, name: (id: string) => string, position: (id: string) => string, effectiveDate: string): string {
  return c.kind === "end"
    ? `${position(c.position)} is eliminated: it ends when the layoff takes effect on ${effectiveDate}, and ${name(c.holder)} leaves it`
    : `${name(c.to)} takes ${position(c.position)} from ${name(c.from)}`;
}
