import "server-only";
import { db } from "@/lib/db";
import { day } from "@/lib/seniority/days";
import { onLayoff } from "@/lib/seniority/layoffs";
import { rankSd71, rankSd73 } from "@/lib/seniority/rank";
import { sd71Figures } from "@/lib/seniority/sd71-ledger";
import { sd73DaysAsOf, sd73Ledger, type Sd73Ledger } from "@/lib/seniority/sd73-ledger";
import { sd73DaysAsOfEncoded } from "@/lib/seniority/sd73-encoded";
import type { LayoffSpan, ListKind } from "@/lib/seniority/types";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";
import { toLedger, toLedgerEmployee } from "./seniority-summaries";
import { readSummaries } from "./seniority-read";

export type AgreementId = "sd73-teachers" | "sd71-cupe439";

export interface ListRow {
  employeeId: string; employeeNumber: string; name: string; rank: number; list: ListKind; decidedBy: string;
  status: string; employmentType: string; fteMilli: number; qualifications: string[];
  classification: string | null; generalClassification: string | null; positionId: string | null;
  seniorityDays: number | null; seniorityDate: string | null; ctStatusDate: string | null; probationEnds: string | null;
  hireDate: string; laidOff: boolean;
}
export interface SeniorityListResult { agreement: { id: string; rulesId: AgreementId; title: string; organizationId: string; localId: string }; asOf: string; list: ListKind; rows: ListRow[]; summary: string[]; citations: string[] }

/** The agreement by rules id, if the actor may see it (its district or its local); else NotFoundError. */
export async function scopedAgreement(actor: Actor, rulesId: string) {
  const prisma = await db();
  const a = await prisma.agreement.findFirst({ where: { rulesId, id: { in: actor.agreementIds } }, select: { id: true, rulesId: true, title: true, organizationId: true, localId: true } });
  if (!a) throw new NotFoundError("Agreement");
  return a as SeniorityListResult["agreement"];
}

/**
 * A seniority list as of a date, read from the maintained summaries (one query), ordered with
 * the tie-breaks applied. Only employees whose summary does not hold on that date (a date
 * before its figures settled, or past the stored horizon) are recomputed from their ledger.
 */
export async function buildSeniorityList(actor: Actor, rulesId: AgreementId, asOf: string, list: ListKind = "REGULAR"): Promise<SeniorityListResult> {
  const agreement = await scopedAgreement(actor, rulesId);
  const prisma = await db();
  const x = day(asOf);
  const at = new Date(asOf + "T00:00:00Z");
  const summaries = await readSummaries(agreement.id, asOf, rulesId === "sd73-teachers" ? "REGULAR" : null);
  const stale = summaries.filter((s) => asOf < s.stableFrom || asOf > s.computedThrough).map((s) => s.employeeId);
  const fresh = new Map<string, { ledger?: Pick<Sd73Ledger, "years" | "ported">; list?: ListKind | null; date?: string | null; ct?: string | null; prob?: string | null }>();
  if (stale.length) {
    const people = await prisma.employee.findMany({ where: { id: { in: stale } }, include: { serviceRecords: true } });
    for (const p of people) {
      const recs = p.serviceRecords.map(toLedger);
      if (rulesId === "sd73-teachers") fresh.set(p.id, { ledger: sd73Ledger(toLedgerEmployee(p), recs, x) });
      else {
        const f = sd71Figures(toLedgerEmployee(p), recs, asOf);
        fresh.set(p.id, { list: f.list, date: f.seniorityDate, ct: f.ctStatusDate, prob: f.probationEnds });
      }
    }
  }
  const positions = await prisma.position.findMany({
    where: { organizationId: agreement.organizationId, employeeId: { not: null }, startDate: { lte: at }, OR: [{ endDate: null }, { endDate: { gte: at } }] },
    select: { id: true, employeeId: true },
  });
  const positionOf = new Map(positions.map((p) => [p.employeeId!, p.id]));
  // One object literal per row (no spread of a second one): a 6,000-row list builds 6,000 objects, not 12,000.
  const row = (s: (typeof summaries)[number], rank: number, list: ListKind, decidedBy: string, seniorityDays: number | null, seniorityDate: string | null, ctStatusDate: string | null, probationEnds: string | null): ListRow => ({
    employeeId: s.employeeId, employeeNumber: s.employeeNumber, name: `${s.lastName}, ${s.firstName}`, rank, list, decidedBy,
    status: s.status, employmentType: s.employmentType, fteMilli: s.fteMilli, qualifications: s.qualifications,
    classification: s.classification, generalClassification: s.generalClassification, positionId: positionOf.get(s.employeeId) ?? null,
    seniorityDays, seniorityDate, ctStatusDate, probationEnds, hireDate: s.hireDate,
    laidOff: s.layoffs !== "[]" && onLayoff(JSON.parse(s.layoffs) as LayoffSpan[], asOf),
  });
  let rows: ListRow[];
  let summary: string[], citations: string[];
  if (rulesId === "sd73-teachers") {
    const cands = summaries.map((s) => {
      const l = fresh.get(s.employeeId)?.ledger;
      const d = l ? sd73DaysAsOf(l, x) : sd73DaysAsOfEncoded(s.years ?? "", x);
      return { s, d };
    });
    // Ranked by employee number (unique in the district) so the rules' tie steps name people, not ids.
    const byId = new Map(cands.map((c) => [c.s.employeeNumber, c]));
    const r = rankSd73(cands.map(({ s, d }) => ({
      id: s.employeeNumber, seniorityDays: d.days, boardAggregateEmploymentDays: Math.round(d.aggregate * 2) / 2,
      otherAuthorityServiceYears: s.otherAuthorityYears, applicationDate: s.applicationDate ?? s.hireDate,
    })));
    rows = r.rows.map((k) => {
      const c = byId.get(k.id)!;
      return row(c.s, k.rank, "REGULAR", k.decidedBy, c.d.days, null, null, c.s.probationEnds);
    });
    ({ summary, citations } = r);
  } else {
    const cands = summaries.flatMap((s) => {
      const f = fresh.get(s.employeeId);
      const sList = f ? f.list : (s.list as ListKind | null);
      const date = f ? f.date : s.seniorityDate;
      const prob = f ? f.prob : s.probationEnds;
      const ct = f ? f.ct : s.ctStatusDate;
      if (sList !== list || !date) return [];
      if (list === "REGULAR" && (!prob || prob > asOf)) return [];
      if (list === "CONTINUING_TEMPORARY" && (!ct || ct > asOf)) return [];
      return [{ s, date, ct, prob }];
    });
    const byId = new Map(cands.map((c) => [c.s.employeeId, c]));
    const r = rankSd71(cands.map((c) => ({ id: c.s.employeeId, seniorityDate: c.date, employeeNumber: c.s.employeeNumber })), list);
    rows = r.rows.map((k) => {
      const c = byId.get(k.id)!;
      return row(c.s, k.rank, list, k.decidedBy, null, c.date, c.ct ?? null, c.prob ?? null);
    });
    ({ summary, citations } = r);
  }
  return { agreement, asOf, list, rows, summary, citations };
}
