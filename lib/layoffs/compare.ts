/** What differs between two what-ifs: who is laid off in one and not the other, and the steps only one takes. Pure. */
import { describeChain } from "./chains";
import { fte } from "./figures";
import { readable } from "./readable";
import type { ScenarioResult } from "./types";

export interface ScenarioDiff {
  /** "Name (number)" of people laid off only under A, only under B. */
  onlyA: string[];
  onlyB: string[];
  /** Facts that differ, in words (effective date, totals). */
  facts: string[];
  /** Steps of the order (and SD71 bumping chains) that only one scenario takes. */
  stepsOnlyA: string[];
  stepsOnlyB: string[];
}

const steps = (r: ScenarioResult) => {
  const labels = { ...r.names, ...r.positions };
  const name = (id: string) => r.names[id] ?? id, pos = (id: string) => r.positions[id] ?? id;
  return [...r.chains.map((c) => describeChain(c, name, pos)), ...r.order.steps.map((s) => readable(s, labels))];
};

export function diffScenarios(a: ScenarioResult, b: ScenarioResult): ScenarioDiff {
  const who = (r: ScenarioResult) => new Map(r.laidOff.map((x) => [x.employeeNumber, `${x.name} (${x.employeeNumber})`]));
  const wa = who(a), wb = who(b);
  const facts: string[] = [];
  if (a.effectiveDate !== b.effectiveDate) facts.push(`Effective ${a.effectiveDate} under A, ${b.effectiveDate} under B.`);
  if (a.totals.count !== b.totals.count || a.totals.fteMilli !== b.totals.fteMilli) {
    facts.push(`${a.totals.count} laid off (${fte(a.totals.fteMilli)} FTE) under A, ${b.totals.count} (${fte(b.totals.fteMilli)} FTE) under B.`);
  }
  const sa = steps(a), sb = steps(b);
  const setA = new Set(sa), setB = new Set(sb);
  return {
    onlyA: [...wa].filter(([n]) => !wb.has(n)).map(([, l]) => l),
    onlyB: [...wb].filter(([n]) => !wa.has(n)).map(([, l]) => l),
    facts,
    stepsOnlyA: sa.filter((s) => !setB.has(s)),
    stepsOnlyB: sb.filter((s) => !setA.has(s)),
  };
}

export const noDifference = (d: ScenarioDiff) => !d.onlyA.length && !d.onlyB.length && !d.facts.length && !d.stepsOnlyA.length && !d.stepsOnlyB.length;
