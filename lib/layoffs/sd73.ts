/**
 * SD73 layoff what-if. C.12.1.b.i: "in the reverse order of seniority, subject only to necessary qualifications
 * for the position available", district-wide. C.12.1.b.ii: 30 days' notice before the end of the term.
 * C.12.4: severance; C.12.1.c.vi.5: recall rights for three years.
 */
import { sd73LayoffOrder, sd73RecallExpiry, sd73Severance, sd73TimeLimit } from "@/lib/rules";

const CATEGORIES = ["4", "5", "5+", "6"] as const;
import { seniorityDaysFigure } from "@/lib/format/seniority";
import { completedMonths, figure, fte, positionLabel } from "./figures";
import type { LaidOffRow, LayoffStanding, ScenarioInput, ScenarioOutcome, Sd73Cut } from "./types";

/** Teachers a reduction can reach: continuing teachers with an FTE who are not already laid off. */
export const sd73InScope = (s: LayoffStanding) => s.list === "REGULAR" && s.employmentType === "CONTINUING" && !s.laidOff && s.status !== "LAID_OFF" && s.fteMilli > 0;

export function simulateSd73(rows: LayoffStanding[], cut: Sd73Cut, input: ScenarioInput): ScenarioOutcome {
  const all = rows.filter(sd73InScope);
  // C.12.1.b.i: "All positions in outlying schools shall be bypassed", so they count neither towards the cut nor the limit.
  const scope = all.filter((s) => !s.outlying);
  const totalFte = scope.reduce((s, r) => s + r.fteMilli, 0);
  if (cut.kind === "positions") {
    const n = cut.count ?? 0;
    if (!Number.isInteger(n) || n < 1) return { ok: false, errors: { count: ["Enter a whole number of positions, 1 or more."] } };
    if (n > scope.length) return { ok: false, errors: { count: [`Only ${scope.length} continuing teachers${all.length > scope.length ? " outside outlying schools" : ""} can be laid off: you cannot cut ${n} positions (C.12.1.b.i).`] } };
  } else {
    const f = cut.fteMilli ?? 0;
    if (!Number.isInteger(f) || f < 1) return { ok: false, errors: { fte: ["Enter the FTE to cut, more than 0 (e.g. 2.5)."] } };
    if (f > totalFte) return { ok: false, errors: { fte: [`Only ${fte(totalFte)} FTE is held by continuing teachers${all.length > scope.length ? " outside outlying schools" : ""}: you cannot cut ${fte(f)} FTE (C.12.1.b.i).`] } };
  }
  const need = cut.qualification?.trim();
  // The rules see employee numbers, so their steps name people; outlying positions go in so the rules report them bypassed.
  const teachers = all.map((s) => ({ id: s.employeeNumber, seniorityRank: s.rank, qualifiedForPositionsAvailable: !need || s.qualifications.includes(need), outlying: !!s.outlying }));
  const byNumber = new Map(all.map((s) => [s.employeeNumber, s]));
  let count = cut.count ?? 0;
  if (cut.kind === "fte") {
    const full = sd73LayoffOrder({ teachers, positionsToReduce: 0 });
    let sum = 0;
    count = 0;
    for (const n of full.layoffOrder) { if (sum >= cut.fteMilli!) break; sum += byNumber.get(n)!.fteMilli; count++; }
  }
  const order = sd73LayoffOrder({ teachers, positionsToReduce: count });
  if (need) order.steps.unshift(`The positions available after the reduction need ${need}: a teacher without it is not retained ahead of a qualified, less senior teacher (C.12.1.b.i, C.2.6.b).`);
  if (cut.kind === "fte") order.steps.push(`Cut of ${fte(cut.fteMilli!)} FTE: teachers are laid off in that order until the FTE laid off reaches the cut (${count} teacher(s)).`);
  const who = (n: string) => { const s = byNumber.get(n)!; return `${s.name} (${n})${s.school ? ` at ${s.school}` : ""}`; };
  const bypassedStep = order.steps.findIndex((x) => x.startsWith("Outlying-school positions bypassed"));
  if (bypassedStep >= 0) order.steps[bypassedStep] = `Outlying-school positions bypassed, subject to appeal: ${order.bypassed.map(who).join("; ")}.`;
  else order.steps.push("No position held by a teacher in scope is at a school marked outlying, so none was bypassed (C.12.1.b.i, MOA 10 ¶3(b)).");
  // The rules list the laid off by number only: name them too.
  const listed = order.steps.findIndex((x) => x.startsWith("Laid off ("));
  if (listed >= 0) order.steps[listed] = order.steps[listed].replace(/^Laid off \((\d+)\): [^.]*\./, (_m, k) => `Laid off (${k}): ${order.laidOff.map((n) => `${byNumber.get(n)!.name} (${n})`).join("; ") || "none"}.`);
  const laidOff = order.laidOff.map((n) => row(byNumber.get(n)!, input.effectiveDate));
  const notice = figure(
    () => sd73TimeLimit({ rule: "layoff-notice", from: input.effectiveDate }),
    (r) => {
      const compliant = input.noticeDate ? input.noticeDate <= r.date : null;
      if (input.noticeDate) r.steps.push(`Notice given ${input.noticeDate}: ${compliant ? "in time" : `after the latest date ${r.date}: not compliant`}.`);
      return { latestNoticeDate: r.date, compliant, shortfall: compliant === false ? `notice given ${input.noticeDate}, after ${r.date}` : null };
    },
    "C.12.1.b.ii",
  );
  const laidOffFte = laidOff.reduce((s, r) => s + r.fteMilli, 0);
  const last = laidOff[laidOff.length - 1];
  const overCut = cut.kind === "fte" && last && laidOffFte > cut.fteMilli!
    ? { askedFteMilli: cut.fteMilli!, why: `teachers are laid off whole, least senior first (C.12.1.b.i). The cut asks for ${fte(cut.fteMilli!)} FTE; the last teacher needed to reach it, ${last.name} (${last.employeeNumber}), holds ${fte(last.fteMilli)} FTE, so ${fte(laidOffFte)} FTE is laid off in all: ${fte(laidOffFte - cut.fteMilli!)} FTE more than asked.` }
    : undefined;
  return {
    ok: true,
    result: {
      overCut,
      agreement: "sd73-teachers", effectiveDate: input.effectiveDate, laidOff, chains: [], names: {}, positions: {}, ties: [],
      order: { citations: order.citations, steps: order.steps, interpretations: order.interpretations },
      notice,
      totals: { count: laidOff.length, fteMilli: laidOffFte, severanceCents: laidOff.reduce((s, r) => s + (r.severance.ok ? r.severance.amountCents : 0), 0) },
    },
  };
}

function row(s: LayoffStanding, effectiveDate: string): LaidOffRow {
  const years = Math.floor(completedMonths(s.hireDate, effectiveDate) / 12 * 100) / 100;
  const fteYears = Math.floor(years * s.fteMilli / 10) / 100;
  const category = CATEGORIES.find((c) => c === s.teacherCategory);
  const severance = figure(
    () => {
      if (!category || s.teacherStep == null) return sd73Severance({ laidOff: true, continuousEmploymentYears: years, fteYearsOfContinuousService: fteYears });
      return sd73Severance({ laidOff: true, continuousEmploymentYears: years, fteYearsOfContinuousService: fteYears, layoffEffectiveDate: effectiveDate, lastPlacement: { date: effectiveDate, category, step: s.teacherStep } });
    },
    (r) => {
      r.steps.unshift(`Estimate: continuous employment from the hire date ${s.hireDate} to ${effectiveDate} = ${years} year(s); at the current ${fte(s.fteMilli)} FTE = ${fteYears} FTE year(s).`);
      return { amountCents: r.amountCents, electBy: r.electionDeadline };
    },
    "C.12.4.b",
  );
  const recallExpiry = figure(
    () => sd73RecallExpiry({ layoffEffectiveDate: effectiveDate, temporaryContractsSinceLayoff: [] }),
    (r) => ({ date: r.recallRightsExpire, article: "C.12.1.c.vi.5" }),
    "C.12.1.c.vi.5",
  );
  return {
    employeeId: s.employeeId, employeeNumber: s.employeeNumber, name: s.name, rank: s.rank, classification: s.classification, fteMilli: s.fteMilli,
    position: positionLabel(s),
    seniority: s.seniorityDays == null ? "—" : seniorityDaysFigure(s.seniorityDays), severance, recallExpiry,
  };
}
