// 17.04, 17.05(b), 27.03: layoff in reverse order of seniority within the general
// classification; a regular employee about to be laid off may displace a less senior
// employee whose position they have the ability and qualifications for; the Board may
// deny bumping into a Strong Start Program Worker position (17.04(c)). CT employees
// have no bumping rights. Displaced employees are processed most senior first (A7).
import { z } from "zod";
import { Trace, type Explanation } from "../core/explain";
import { InputError } from "../core/errors";
import { isoDay, parseHot, plainWithKeys, fastDay } from "./input";
import { formatIsoDate } from "../core/date";
import { SD71_POLICIES } from "./interpretations";

const employee = z.strictObject({
  id: z.string().min(1),
  seniorityDate: isoDay,
  generalClassification: z.enum(["a", "b", "c"]),
  positionId: z.string().min(1),
  /** Position ids the employee has "the required ability and qualifications" for (human-maintained). */
  qualifiedFor: z.array(z.string().min(1)),
});
const input = z.strictObject({
  employees: z.array(employee).min(1).max(20_000),
  eliminatedPositions: z.array(z.string().min(1)).min(1),
  /** Strong Start positions into which the Board has denied bumping (17.04(c)). */
  strongStartDenied: z.array(z.string().min(1)).optional(),
  policies: SD71_POLICIES.schema.optional(),
});
export type Sd71BumpingInput = z.input<typeof input>;
export interface Sd71BumpingResult extends Explanation {
  laidOff: string[];
  bumps: { displaced: string; bumped: string; position: string }[];
  finalPositions: Record<string, string | null>;
  /** Groups of employees with equal seniority dates whose order mattered: for a human decision (A40). */
  ties: string[][];
}

const TOP = new Set(["employees", "eliminatedPositions", "strongStartDenied", "policies"]);
const EMP = new Set(["id", "seniorityDate", "generalClassification", "positionId", "qualifiedFor"]);
const GC = new Set(["a", "b", "c"]);
const nonEmptyStrings = (x: unknown, min: number): x is string[] => Array.isArray(x) && x.length >= min && x.every((v) => typeof v === "string" && v.length > 0);
/** The common valid shape without zod (no policies); anything else goes through zod. */
function fastInput(raw: unknown): z.output<typeof input> | null {
  if (!plainWithKeys(raw, TOP) || raw.policies !== undefined) return null;
  const list = raw.employees;
  if (!Array.isArray(list) || list.length < 1 || list.length > 20_000) return null;
  if (!nonEmptyStrings(raw.eliminatedPositions, 1) || (raw.strongStartDenied !== undefined && !nonEmptyStrings(raw.strongStartDenied, 0))) return null;
  const employees: z.output<typeof employee>[] = [];
  for (const e of list) {
    if (!plainWithKeys(e, EMP) || typeof e.id !== "string" || !e.id || typeof e.positionId !== "string" || !e.positionId) return null;
    if (typeof e.generalClassification !== "string" || !GC.has(e.generalClassification) || !nonEmptyStrings(e.qualifiedFor, 0)) return null;
    const d = fastDay(e.seniorityDate);
    if (d === null) return null;
    employees.push({ id: e.id, seniorityDate: d, generalClassification: e.generalClassification as "a", positionId: e.positionId, qualifiedFor: e.qualifiedFor });
  }
  return { employees, eliminatedPositions: raw.eliminatedPositions, strongStartDenied: raw.strongStartDenied as string[] | undefined, policies: undefined };
}

export function sd71LayoffBumping(raw: Sd71BumpingInput): Sd71BumpingResult {
  const i = parseHot(input, raw, (f) => (f.startsWith("policies") ? "register §14" : "17.04"), fastInput);
  const pol = SD71_POLICIES.resolve(i.policies);
  const t = new Trace().cite("17.04", "17.04(a)", "17.04(b)", "27.03").interpret("A7");
  const n = i.employees.length;
  const ids = new Map<string, number>();
  i.employees.forEach((e, k) => {
    if (ids.has(e.id)) throw new InputError(`duplicate employee id ${e.id}`, `employees.${k}.id`, "17.04");
    ids.set(e.id, k);
  });
  const sen = i.employees.map((e) => e.seniorityDate);
  const gc = i.employees.map((e) => e.generalClassification);
  const qual = i.employees.map((e) => new Set(e.qualifiedFor));
  const pos: (string | null)[] = i.employees.map((e) => e.positionId);
  const denied = new Set(i.strongStartDenied ?? []);
  if (denied.size) t.cite("17.04(c)");
  const eliminated = new Set(i.eliminatedPositions);
  // incumbents per general classification, sorted least senior first (latest date first)
  const byGc: Record<string, number[]> = { a: [], b: [], c: [] };
  for (let k = 0; k < n; k++) byGc[gc[k]].push(k);
  for (const g of Object.values(byGc)) g.sort((x, y) => sen[y] - sen[x]);
  const queue: number[] = [];
  for (let k = 0; k < n; k++) if (eliminated.has(pos[k]!)) { queue.push(k); pos[k] = null; }
  const tieKeys = new Set<string>();
  const laidOff: string[] = [], bumps: Sd71BumpingResult["bumps"] = [];
  const pick = pol.A7 === "leastSeniorEligible";
  while (queue.length) {
    // most senior displaced employee first (earliest seniority date)
    let best = 0;
    for (let q = 1; q < queue.length; q++) if (sen[queue[q]] < sen[queue[best]]) best = q;
    const x = queue.splice(best, 1)[0];
    const list = byGc[gc[x]];
    let target = -1;
    for (let j = pick ? 0 : list.length - 1; pick ? j < list.length : j >= 0; j += pick ? 1 : -1) {
      const y = list[j];
      if (sen[y] <= sen[x]) {
        if (sen[y] === sen[x] && y !== x && pos[y] !== null && qual[x].has(pos[y]!)) tieKeys.add([x, y].sort().join());
        if (pick && sen[y] < sen[x]) break; // past the equal-seniority group: everyone further is more senior
        continue;
      }
      const p = pos[y];
      if (p !== null && qual[x].has(p) && !denied.has(p)) { target = y; break; }
    }
    const ex = i.employees[x];
    if (target < 0) {
      laidOff.push(ex.id);
      t.step(`${ex.id} (seniority ${formatIsoDate(ex.seniorityDate)}, 27.03(${ex.generalClassification})): no less senior employee in the general classification holds a position they are qualified for → laid off.`);
      continue;
    }
    const p = pos[target]!;
    pos[x] = p;
    pos[target] = null;
    queue.push(target);
    bumps.push({ displaced: ex.id, bumped: i.employees[target].id, position: p });
    t.step(`${ex.id} (seniority ${formatIsoDate(ex.seniorityDate)}) displaces ${i.employees[target].id} (seniority ${formatIsoDate(i.employees[target].seniorityDate)}) from position ${p} (${pick ? "least senior eligible" : "most senior eligible"}, A7).`);
  }
  const ties = [...tieKeys].map((k) => k.split(",").map((s) => i.employees[Number(s)].id));
  if (ties.length) t.interpret("A40").step(`Equal seniority dates affected the order: ${ties.map((g) => g.join(" = ")).join("; ")} – flagged for a human decision (A40).`);
  const finalPositions: Record<string, string | null> = {};
  i.employees.forEach((e, k) => (finalPositions[e.id] = pos[k]));
  return t.done({ laidOff, bumps, finalPositions, ties });
}
