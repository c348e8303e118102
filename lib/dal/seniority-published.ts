import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { explainSeniority } from "@/lib/seniority/explain";
import { appealDeadline, isOfficialDate, OFFICIAL } from "@/lib/seniority/official";
import type { ListKind } from "@/lib/seniority/types";
import { hasRole, requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { bulkId } from "./bulk-id";
import { NotFoundError } from "./errors";
import { toIso, todayInBC } from "./dates";
import { buildSeniorityList, scopedAgreement, type AgreementId, type ListRow } from "./seniority-list";
import { toLedger, toLedgerEmployee } from "./seniority-summaries";

const d = (iso: string) => new Date(iso + "T00:00:00Z");

/** May the actor publish lists, enter ledger entries and record appeals for this district? */
export const canManageSeniority = (actor: Actor, organizationId: string) => hasRole(actor, ["ADMIN", "HR_CLERK"], { organizationId });

/** One employee's figure on a list date with the rules' citations and steps, recomputed from the ledger. */
export async function explainStanding(actor: Actor, rulesId: AgreementId, employeeId: string, asOf: string) {
  const agreement = await scopedAgreement(actor, rulesId);
  const prisma = await db();
  const e = await prisma.employee.findFirst({ where: { id: employeeId, agreementId: agreement.id }, include: { serviceRecords: { orderBy: { startDate: "asc" } } } });
  if (!e) throw new NotFoundError("Employee");
  const x = explainSeniority(rulesId, toLedgerEmployee(e), e.serviceRecords.map(toLedger), asOf);
  return { agreement, employee: { id: e.id, employeeNumber: e.employeeNumber, name: `${e.lastName}, ${e.firstName}` }, ...x };
}

export type PublishResult = { ok: true; id: string } | { ok: false; field: "asOf" | "reviewed"; message: string; existingId?: string };

async function alreadyPublished(agreementId: string, list: ListKind, asOf: string): Promise<PublishResult | null> {
  const prisma = await db();
  const l = await prisma.seniorityList.findUnique({ where: { agreementId_list_asOf: { agreementId, list, asOf: d(asOf) } }, select: { id: true, publishedOn: true } });
  return l && { ok: false, field: "asOf", existingId: l.id, message: `This list as of ${asOf} was already published on ${toIso(l.publishedOn)}; a published list is never replaced.` };
}

/**
 * A fingerprint of a list's order and figures: the review page shows a list and carries its fingerprint; the
 * publish refuses if the list built at that moment differs (a ledger entry saved in between).
 */
export function listFingerprint(rows: ReadonlyArray<Pick<ListRow, "employeeNumber" | "rank" | "seniorityDays" | "seniorityDate" | "decidedBy">>): string {
  const h = createHash("sha256");
  for (const r of rows) h.update(`${r.rank}|${r.employeeNumber}|${r.seniorityDays ?? ""}|${r.seniorityDate ?? ""}|${r.decidedBy}\n`);
  return h.digest("hex");
}

/** The list already published for this agreement, list and date, if any (the review page links to it). */
export async function publishedListOn(actor: Actor, rulesId: AgreementId, list: ListKind, asOf: string) {
  const agreement = await scopedAgreement(actor, rulesId);
  const prisma = await db();
  const l = await prisma.seniorityList.findUnique({ where: { agreementId_list_asOf: { agreementId: agreement.id, list, asOf: d(asOf) } }, select: { id: true, publishedOn: true } });
  return l && { id: l.id, publishedOn: toIso(l.publishedOn) };
}

/** Freezes the list as of its official date: rows and each row's explanation, never changed afterwards. */
export async function publishSeniorityList(actor: Actor, rulesId: AgreementId, asOf: string, list: ListKind = "REGULAR", today = todayInBC(), reviewed?: string): Promise<PublishResult> {
  const agreement = await scopedAgreement(actor, rulesId);
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: agreement.organizationId });
  const o = OFFICIAL[rulesId];
  if (list === "REGULAR" && !isOfficialDate(rulesId, asOf)) return { ok: false, field: "asOf", message: `A ${rulesId === "sd73-teachers" ? "SD73" : "SD71"} seniority list is published as of ${o.label} (${o.article}); ${asOf} is not.` };
  if (asOf > today) return { ok: false, field: "asOf", message: `${asOf} is in the future: publish a list once its date has passed.` };
  const existing = await alreadyPublished(agreement.id, list, asOf);
  if (existing) return existing;
  const l = await buildSeniorityList(actor, rulesId, asOf, list);
  if (reviewed !== undefined && listFingerprint(l.rows) !== reviewed) {
    return { ok: false, field: "reviewed", message: `The list as of ${asOf} changed since you reviewed it (a ledger entry was saved): nothing was published. Review the list again, then publish.` };
  }
  const prisma = await db();
  const people = await prisma.employee.findMany({ where: { id: { in: l.rows.map((r) => r.employeeId) } }, include: { serviceRecords: true } });
  const byId = new Map(people.map((p) => [p.id, p]));
  const rows = l.rows.map((r) => {
    const p = byId.get(r.employeeId)!;
    const x = explainSeniority(rulesId, toLedgerEmployee(p), p.serviceRecords.map(toLedger), asOf);
    return {
      employeeId: r.employeeId, rank: r.rank, employeeNumber: r.employeeNumber, name: r.name, employmentType: r.employmentType,
      seniorityDays: r.seniorityDays, seniorityDate: r.seniorityDate ? d(r.seniorityDate) : null, decidedBy: r.decidedBy,
      citations: x.citations, steps: x.steps,
    };
  });
  return prisma.$transaction(async (tx) => {
    const s = await tx.seniorityList.create({
      data: { organizationId: agreement.organizationId, agreementId: agreement.id, list, asOf: d(asOf), publishedOn: d(today), publishedById: actor.userId, summary: l.summary },
    });
    await insertListRows(tx, s.id, rows);
    await recordAudit(tx, actor, { action: "create", entity: "SeniorityList", entityId: s.id, organizationId: agreement.organizationId, after: { rulesId, list, asOf, publishedOn: today, rows: rows.length } });
    return { ok: true as const, id: s.id };
  }, { timeout: 120_000 }).catch(async (e: unknown) => {
    // Two publishes at once: the unique (agreement, list, date) lets one through; the other points to it.
    if ((e as { code?: string }).code === "P2002") return (await alreadyPublished(agreement.id, list, asOf)) ?? Promise.reject(e);
    throw e;
  });
}

/** Rows a list is published with (each with its frozen explanation). */
type PublishedRowData = {
  employeeId: string; rank: number; employeeNumber: string; name: string; employmentType: string;
  seniorityDays: number | null; seniorityDate: Date | null; decidedBy: string; citations: string[]; steps: string[];
};

/**
 * Inserts a published list's rows by one INSERT per 1,000 rows from a JSON parameter (json_to_recordset): a district
 * of 6,000 employees carries about 7 MB of explanations, which createMany sent as 66,000 bound values for seconds.
 */
async function insertListRows(tx: Prisma.TransactionClient, listId: string, rows: PublishedRowData[]) {
  for (let i = 0; i < rows.length; i += ROW_CHUNK) {
    const chunk = rows.slice(i, i + ROW_CHUNK).map((r) => ({ ...r, id: bulkId(), seniorityDate: r.seniorityDate ? toIso(r.seniorityDate) : null }));
    await tx.$executeRaw`INSERT INTO seniority_list_row (id, "listId", "employeeId", rank, "employeeNumber", name, "employmentType", "seniorityDays", "seniorityDate", "decidedBy", citations, steps)
      SELECT x.id, ${listId}, x."employeeId", x.rank, x."employeeNumber", x.name, x."employmentType", x."seniorityDays", x."seniorityDate", x."decidedBy", x.citations, x.steps
      FROM json_to_recordset(${JSON.stringify(chunk)}::json) AS x(id text, "employeeId" text, rank int, "employeeNumber" text, name text, "employmentType" text,
        "seniorityDays" double precision, "seniorityDate" date, "decidedBy" text, citations text[], steps text[])`;
  }
}
const ROW_CHUNK = 1000;

/** Published lists of the agreements the actor can see, newest first. */
export async function listPublished(actor: Actor, rulesId?: AgreementId) {
  const prisma = await db();
  return prisma.seniorityList.findMany({
    where: { agreementId: { in: actor.agreementIds }, ...(rulesId ? { agreementId: (await scopedAgreement(actor, rulesId)).id } : {}) },
    orderBy: [{ asOf: "desc" }, { createdAt: "desc" }],
    select: { id: true, list: true, asOf: true, publishedOn: true, agreementId: true, _count: { select: { rows: true, appeals: true } } },
  });
}

export async function getPublishedList(actor: Actor, id: string) {
  const prisma = await db();
  const l = await prisma.seniorityList.findFirst({
    where: { id, agreementId: { in: actor.agreementIds } },
    include: { rows: { orderBy: { rank: "asc" } }, appeals: { orderBy: { receivedOn: "asc" }, include: { employee: { select: { employeeNumber: true, firstName: true, lastName: true } } } } },
  });
  if (!l) throw new NotFoundError("Seniority list");
  const agreement = await prisma.agreement.findUniqueOrThrow({ where: { id: l.agreementId }, select: { rulesId: true, title: true } });
  const issued = toIso(l.publishedOn);
  return { ...l, rulesId: agreement.rulesId as AgreementId, title: agreement.title, appealBy: agreement.rulesId === "sd71-cupe439" ? appealDeadline(issued) : null };
}

export type AppealResult = { ok: true } | { ok: false; field: "employeeNumber" | "receivedOn"; message: string };

/** Records an SD71 appeal of a published list, only within six months of its issue (15.02(a)). */
export async function recordAppeal(actor: Actor, listId: string, a: { employeeNumber: string; receivedOn: string; grounds: string }): Promise<AppealResult> {
  const l = await getPublishedList(actor, listId);
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: l.organizationId });
  if (!l.appealBy) return { ok: false, field: "receivedOn", message: "Appeals of a published list are recorded for SD71 lists (15.02(a))." };
  const issued = toIso(l.publishedOn);
  if (a.receivedOn < issued) return { ok: false, field: "receivedOn", message: `The list was issued on ${issued}: an appeal cannot be received before that.` };
  if (a.receivedOn > l.appealBy)
    return { ok: false, field: "receivedOn", message: `Appeal refused: the six-month window (15.02(a)) for the list issued on ${issued} closed on ${l.appealBy}; ${a.receivedOn} is too late.` };
  const row = l.rows.find((r) => r.employeeNumber === a.employeeNumber);
  if (!row) return { ok: false, field: "employeeNumber", message: `Employee ${a.employeeNumber} is not on this list.` };
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const ap = await tx.seniorityAppeal.create({ data: { listId, employeeId: row.employeeId, receivedOn: d(a.receivedOn), grounds: a.grounds, recordedById: actor.userId } });
    await recordAudit(tx, actor, { action: "create", entity: "SeniorityAppeal", entityId: ap.id, organizationId: l.organizationId, after: a });
  });
  return { ok: true };
}

/** The agreements whose lists the actor may read, with whether they may manage them. */
export async function seniorityAgreements(actor: Actor) {
  const prisma = await db();
  const rows = await prisma.agreement.findMany({
    where: { id: { in: actor.agreementIds } },
    select: { id: true, rulesId: true, title: true, organizationId: true, organization: { select: { code: true, name: true } } },
    orderBy: { rulesId: "desc" },
  });
  return rows.map((a) => ({ ...a, rulesId: a.rulesId as AgreementId, canManage: canManageSeniority(actor, a.organizationId) }));
}
