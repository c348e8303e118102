/**
 * SD71 layoff what-if. 17.04: regular employees are laid off in reverse order of seniority within the general
 * classification (27.03); one about to be laid off may displace a less senior employee whose position they
 * have the ability and qualifications for. 17.03: 30 working days' notice, pay in lieu. 17.08: severance.
 * 15.04(a)(3): seniority is lost after 6/12/18/24 months on layoff.
 */
import { hourlyRate, sd71LayoffBumping, sd71LayoffNotice, sd71LayoffSeniorityLoss, sd71Severance, type PayGrade } from "@/lib/rules";
import { bumpChains } from "./chains";
import { figure, fte, positionLabel } from "./figures";
import { readable } from "./readable";
import type { LaidOffRow, LayoffStanding, ScenarioInput, ScenarioOutcome, Sd71Cut } from "./types";

/** Employees with bumping rights: regular, not laid off, with a seniority date and a general classification. */
export const sd71InScope = (s: LayoffStanding) => s.list === "REGULAR" && s.employmentType === "REGULAR" && !s.laidOff && s.status !== "LAID_OFF" && !!s.seniorityDate && ["a", "b", "c"].includes(s.generalClassification ?? "");
export const positionOf = (s: LayoffStanding) => s.positionId ?? `position-of-${s.employeeId}`;
const numericGrade = (g: string | null | undefined) => (g && /^\d+$/.test(g) ? Number(g) : null);

/**
 * Positions an employee is qualified for (17.04(a)): their own classification and any classification listed in their
 * qualifications; with the "pay-grade" basis also every position of the general classification at the same or a lower
 * numeric pay grade (trades only within their own classification). Only positions of employees with the same or a later
 * seniority date are listed: nobody may displace a more senior employee, so the others can never be targets.
 */
function qualifiedFor(x: LayoffStanding, byClass: Map<string, Incumbent[]>, byGcGrade: Map<string, Array<Incumbent & { grade: number }>>, basis: Sd71Cut["qualificationBasis"]): string[] {
  const out = new Set<string>();
  const since = x.seniorityDate!;
  for (const c of [x.classification ?? "", ...x.qualifications]) for (const p of byClass.get(c) ?? []) if (p.since >= since) out.add(p.position);
  const g = numericGrade(x.payGrade);
  if (basis === "pay-grade" && g !== null) for (const p of byGcGrade.get(x.generalClassification!) ?? []) if (p.grade <= g && p.since >= since) out.add(p.position);
  return [...out];
}
type Incumbent = { position: string; since: string };

export function simulateSd71(rows: LayoffStanding[], cut: Sd71Cut, input: ScenarioInput): ScenarioOutcome {
  const all = new Map(rows.map((r) => [r.employeeId, r]));
  const scope = rows.filter(sd71InScope);
  if (!cut.eliminate.length) return { ok: false, errors: { eliminate: ["Choose at least one position to eliminate."] } };
  const bad = cut.eliminate.map((id) => all.get(id)).filter((s) => !s || !sd71InScope(s));
  if (bad.length) {
    const why = bad.map((s) => (!s ? "an unknown employee" : s.laidOff ? `${s.name} (${s.employeeNumber}) is already laid off` : `${s.name} (${s.employeeNumber}) is not a regular employee with a seniority date`));
    return { ok: false, errors: { eliminate: [`These positions cannot be eliminated: ${why.join("; ")} (17.04).`] } };
  }
  if (new Set(cut.eliminate).size > scope.length) return { ok: false, errors: { eliminate: [`Only ${scope.length} regular positions exist.`] } };
  const gcs = new Set(cut.eliminate.map((id) => all.get(id)!.generalClassification));
  // 17.04(b): bumping never crosses the general classification, so only the affected ones are read.
  const inGc = scope.filter((s) => gcs.has(s.generalClassification));
  const byClass = new Map<string, Incumbent[]>(), byGcGrade = new Map<string, Array<Incumbent & { grade: number }>>();
  for (const s of inGc) {
    const k = s.classification ?? "", at = { position: positionOf(s), since: s.seniorityDate! };
    (byClass.get(k) ?? byClass.set(k, []).get(k)!).push(at);
    const g = numericGrade(s.payGrade);
    if (g !== null) (byGcGrade.get(s.generalClassification!) ?? byGcGrade.set(s.generalClassification!, []).get(s.generalClassification!)!).push({ ...at, grade: g });
  }
  const eliminated = cut.eliminate.map((id) => positionOf(all.get(id)!));
  const r = sd71LayoffBumping({
    employees: inGc.map((s) => ({ id: s.employeeId, seniorityDate: s.seniorityDate!, generalClassification: s.generalClassification as "a", positionId: positionOf(s), qualifiedFor: qualifiedFor(s, byClass, byGcGrade, cut.qualificationBasis) })),
    eliminatedPositions: eliminated,
  });
  r.steps.unshift(cut.qualificationBasis === "pay-grade"
    ? "Qualified for (17.04(a)): the employee's own classification, classifications listed in their qualifications, and any position of the general classification at the same or a lower pay grade."
    : "Qualified for (17.04(a)): the employee's own classification and classifications listed in their qualifications.");
  const chains = bumpChains(cut.eliminate, r.bumps, r.laidOff);
  const names: Record<string, string> = {}, positions: Record<string, string> = {};
  for (const s of inGc) { names[s.employeeId] = `${s.name} (${s.employeeNumber})`; positions[positionOf(s)] = `${s.positionTitle ?? s.classification ?? "?"}${s.school ? ` at ${s.school}` : ""} ${fte(s.fteMilli)} FTE held by ${s.employeeNumber}`; }
  const labels = { ...names, ...positions };
  r.steps = r.steps.map((x) => readable(x, labels));
  const laidOff = r.laidOff.map((id) => row(all.get(id)!, input.effectiveDate));
  const askedFteMilli = cut.eliminate.reduce((sum, id) => sum + all.get(id)!.fteMilli, 0);
  const laidOffFte = laidOff.reduce((sum, x) => sum + x.fteMilli, 0);
  const overCut = laidOffFte > askedFteMilli
    ? { askedFteMilli, why: `the positions eliminated hold ${fte(askedFteMilli)} FTE, but their incumbents may displace less senior employees (17.04), so the layoff falls on whoever is at the end of each bumping chain, with that person's own FTE: ${laidOff.map((x) => `${x.name} (${x.employeeNumber}) holds ${fte(x.fteMilli)} FTE`).join("; ")}. ${fte(laidOffFte)} FTE is laid off in all: ${fte(laidOffFte - askedFteMilli)} FTE more than the positions eliminated.` }
    : undefined;
  const notice = figure(
    () => sd71LayoffNotice({ effectiveDate: input.effectiveDate, noticeDate: input.noticeDate }),
    (n) => ({ latestNoticeDate: n.latestNoticeDate, compliant: n.compliant, shortfall: n.shortfallWorkingDays ? `${n.shortfallWorkingDays} working day(s) short: pay in lieu for the days without work (17.03)` : null }),
    "17.03",
  );
  return {
    ok: true,
    result: {
      overCut,
      agreement: "sd71-cupe439", effectiveDate: input.effectiveDate, laidOff, chains, names, positions, ties: r.ties,
      eliminated: Object.fromEntries(cut.eliminate.map((id) => [id, positionOf(all.get(id)!)])),
      order: { citations: r.citations, steps: r.steps, interpretations: r.interpretations },
      notice,
      totals: { count: laidOff.length, fteMilli: laidOffFte, severanceCents: laidOff.reduce((s, x) => s + (x.severance.ok ? x.severance.amountCents : 0), 0) },
    },
  };
}

/** The 12 months before the layoff month at the current rate: an estimate, since payroll months are not recorded. */
function estimatedMonths(s: LayoffStanding, effectiveDate: string) {
  const grade: PayGrade = numericGrade(s.payGrade) ?? (s.payGrade as PayGrade);
  const rate = hourlyRate({ date: effectiveDate, payGrade: grade, step: s.payStep ?? 1 });
  const monthly = Math.round(rate.cents * 40 * s.fteMilli * 52 / 12 / 1000);
  const [y, m] = effectiveDate.split("-").map(Number);
  const months = Array.from({ length: 12 }, (_, k) => { const d = new Date(Date.UTC(y, m - 1 - (k + 1), 1)); return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`; });
  return { rate: rate.cents, monthly, months };
}

function row(s: LayoffStanding, effectiveDate: string): LaidOffRow {
  const severance = figure(
    () => {
      const e = estimatedMonths(s, effectiveDate);
      const r = sd71Severance({ seniorityDate: s.seniorityDate!, layoffEffectiveDate: effectiveDate, monthlyRegularSalary: e.months.map((month) => ({ month, cents: e.monthly })) });
      r.steps.unshift(`Estimate: regular salary of $${(e.rate / 100).toFixed(2)}/h (pay grade ${s.payGrade} step ${s.payStep ?? 1}) × 40 h × ${fte(s.fteMilli)} FTE × 52 ÷ 12 = $${(e.monthly / 100).toFixed(2)} a month for each of the 12 months before the layoff.`);
      return r;
    },
    (r) => ({ amountCents: r.severanceCents, electBy: r.electByDate }),
    "17.08",
  );
  const recallExpiry = figure(
    () => sd71LayoffSeniorityLoss({ seniorityDate: s.seniorityDate!, layoffEffectiveDate: effectiveDate }),
    (r) => ({ date: r.seniorityLostOn!, article: r.band }),
    "15.04(a)(3)",
  );
  return {
    employeeId: s.employeeId, employeeNumber: s.employeeNumber, name: s.name, rank: s.rank, classification: s.classification, fteMilli: s.fteMilli,
    position: positionLabel(s),
    seniority: s.seniorityDate ?? "—", severance, recallExpiry,
  };
}
