import "server-only";
import { db } from "@/lib/db";
import { sd73RecallStatus } from "@/lib/rules";
import { requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { NotFoundError } from "./errors";
import { layoffAgreements } from "./layoffs";
import { LedgerRefused, recordLayoffLedger } from "./layoff-ledger";
import { toIso, todayInBC } from "./dates";
import { formatBC, fromBC } from "./bc-time";

type Errors = Record<string, string[]>;
const DAY_MS = 24 * 60 * 60 * 1000;

async function entryInScope(actor: Actor, recallEntryId: string) {
  const orgs = (await layoffAgreements(actor)).map((a) => a.organizationId);
  const prisma = await db();
  const e = await prisma.recallEntry.findFirst({ where: { id: recallEntryId, organizationId: { in: orgs } }, include: { employee: { include: { agreement: { select: { rulesId: true } } } }, offers: true } });
  if (!e) throw new NotFoundError("Recall entry");
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: e.organizationId });
  return e;
}

/** Records an offer made to someone on the recall list; the answer is due 24 hours after receipt (C.12.1.c.xi). */
export async function makeRecallOffer(actor: Actor, recallEntryId: string, o: { positionTitle: string; fteMilli: number; offeredAt: string; equalOrGreaterTime: boolean; changeOfCommunity: boolean; qualified: boolean }): Promise<{ ok: true; respondBy: string } | { ok: false; errors: Errors }> {
  const e = await entryInScope(actor, recallEntryId);
  const name = `${e.employee.lastName}, ${e.employee.firstName}`;
  if (e.status !== "ACTIVE") return { ok: false, errors: { positionTitle: [`${name} is not on the recall list (${e.status === "RECALLED" ? "already recalled" : "rights lost"}): no offer can be made.`] } };
  if (e.offers.some((x) => x.response === null)) return { ok: false, errors: { positionTitle: [`${name} has an offer awaiting an answer: record that answer first.`] } };
  const offeredAt = fromBC(o.offeredAt);
  if (o.offeredAt.slice(0, 10) >= toIso(e.expiresOn)) return { ok: false, errors: { positionTitle: [`${name} is not on the recall list on ${o.offeredAt.slice(0, 10)}: rights ran out on ${toIso(e.expiresOn)} (${e.expiryArticle}).`] } };
  const respondBy = new Date(offeredAt.getTime() + DAY_MS);
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const row = await tx.recallOffer.create({ data: { recallEntryId, positionTitle: o.positionTitle, fteMilli: o.fteMilli, offeredAt, respondBy, equalOrGreaterTime: o.equalOrGreaterTime, changeOfCommunity: o.changeOfCommunity, qualified: o.qualified } });
    await recordAudit(tx, actor, { action: "create", entity: "RecallOffer", entityId: row.id, organizationId: e.organizationId, after: { ...o, respondBy: formatBC(respondBy) } });
  }, { timeout: 30_000 });
  return { ok: true, respondBy: formatBC(respondBy) };
}

/**
 * Records the answer to an offer. An answer after the 24-hour window is refused unless recordLate is set, and is then
 * stored marked late. An acceptance recalls the employee (RECALL ledger entry); SD73 refusals count toward the two
 * that end recall rights (C.12.1.c.vi.1).
 */
export async function respondToRecallOffer(actor: Actor, offerId: string, a: { response: "ACCEPTED" | "DECLINED"; respondedAt: string; recordLate: boolean }): Promise<{ ok: true; message: string } | { ok: false; errors: Errors }> {
  const prisma = await db();
  const offer = await prisma.recallOffer.findUnique({ where: { id: offerId } });
  if (!offer) throw new NotFoundError("Recall offer");
  const e = await entryInScope(actor, offer.recallEntryId);
  if (offer.response) return { ok: false, errors: { response: ["This offer already has an answer."] } };
  const at = fromBC(a.respondedAt);
  if (at < offer.offeredAt) return { ok: false, errors: { respondedAt: [`The answer cannot come before the offer (${formatBC(offer.offeredAt)}).`] } };
  // Recall is from layoff: nobody can return to work before the layoff has taken effect.
  const effective = toIso(e.layoffEffectiveDate);
  if (a.response === "ACCEPTED" && todayInBC(at) < effective)
    return { ok: false, errors: { respondedAt: [`An offer cannot be accepted before the layoff takes effect on ${effective}.`] } };
  const late = at > offer.respondBy;
  if (late && !a.recordLate) {
    const hours = Math.ceil((at.getTime() - offer.respondBy.getTime()) / 3_600_000);
    return { ok: false, errors: { respondedAt: [`This answer came about ${hours} h after the 24-hour window closed (${formatBC(offer.respondBy)}${e.employee.agreement.rulesId === "sd73-teachers" ? ", C.12.1.c.xi" : ""}). Tick “Record as a late answer” to record it as such.`] } };
  }
  const name = `${e.employee.lastName}, ${e.employee.firstName}`;
  let message = `${a.response === "ACCEPTED" ? "Acceptance" : "Refusal"} recorded${late ? " as late" : ""}.`;
  try {
    await prisma.$transaction(async (tx) => {
      await tx.recallOffer.update({ where: { id: offerId }, data: { response: a.response, respondedAt: at, late } });
      await recordAudit(tx, actor, { action: "update", entity: "RecallOffer", entityId: offerId, organizationId: e.organizationId, before: { response: null }, after: { response: a.response, respondedAt: formatBC(at), late } });
      if (a.response === "ACCEPTED") {
        await tx.recallEntry.update({ where: { id: e.id }, data: { status: "RECALLED", statusReason: `accepted ${offer.positionTitle} on ${formatBC(at)}` } });
        await tx.employee.update({ where: { id: e.employeeId }, data: { status: "ACTIVE" } });
        await recordLayoffLedger(tx, actor, [{ employeeId: e.employeeId, kind: "RECALL", startDate: todayInBC(at), fteMilli: offer.fteMilli, note: `Recalled to ${offer.positionTitle}` }]);
        await recordAudit(tx, actor, { action: "update", entity: "RecallEntry", entityId: e.id, organizationId: e.organizationId, before: { status: "ACTIVE" }, after: { status: "RECALLED" } });
        message = `${name} is recalled to ${offer.positionTitle}${late ? " (answer recorded as late)" : ""}.`;
      } else if (e.employee.agreement.rulesId === "sd73-teachers") {
        const refusals = [...e.offers.filter((x) => x.response === "DECLINED" && x.id !== offerId), { ...offer, respondedAt: at }].map((x) => ({ date: toIso(x.respondedAt ?? x.offeredAt), equalOrGreaterTime: x.equalOrGreaterTime, changeOfCommunity: x.changeOfCommunity, qualified: x.qualified }));
        const st = sd73RecallStatus({ layoffEffectiveDate: toIso(e.layoffEffectiveDate), asOf: toIso(at), refusals });
        if (st.reason === "REFUSED_TWO_POSITIONS") {
          await tx.recallEntry.update({ where: { id: e.id }, data: { status: "LOST", statusReason: "two refusals (C.12.1.c.vi.1)" } });
          await recordAudit(tx, actor, { action: "update", entity: "RecallEntry", entityId: e.id, organizationId: e.organizationId, before: { status: "ACTIVE" }, after: { status: "LOST", reason: "C.12.1.c.vi.1" } });
          message = `${name} refused a second qualifying position: recall rights are lost (C.12.1.c.vi.1).`;
        } else message = `Refusal recorded${late ? " as late" : ""}: ${st.countedRefusals} counted refusal(s) of two (C.12.1.c.vi.1).`;
      }
    }, { timeout: 30_000 }); // the ledger writer refreshes the seniority summaries inside it
  } catch (err) {
    if (err instanceof LedgerRefused) return { ok: false, errors: { response: [err.message] } };
    throw err;
  }
  return { ok: true, message };
}
