import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LIF_CONFIRMATION_KEYS, LIF_CRITERION_KEYS } from "@/lib/rules/lif";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { ForbiddenError } from "./errors";
import { changedSince } from "./optimistic-lock";
import { getLifConsultation, type LifResult, type Party } from "./lif";

/** Loads the consultation in the actor's scope and the side they act for; refuses observers. */
async function asParty(actor: Actor, id: string, allowed: Party[] = ["DISTRICT", "LOCAL"]) {
  const loaded = await getLifConsultation(actor, id);
  if (!loaded.party || !allowed.includes(loaded.party)) {
    throw new ForbiddenError(allowed.length === 1 && allowed[0] === "LOCAL"
      ? "Only an officer of the union local can do this."
      : allowed.length === 1 ? "Only the district's HR clerks and administrators can do this." : "Only the district or an officer of the local can change this consultation.");
  }
  return { ...loaded, party: loaded.party };
}

/**
 * Signing and submitting are irreversible, so each confirms the consultation as reviewed: the review carries the
 * consultation's updatedAt, which every change to it moves on (a meeting, a mark, a signature, a decline). The
 * check takes the row lock, so a change committed after the review and before the confirm is always seen.
 */
type Tx = Prisma.TransactionClient;
const CHANGED = "This consultation changed after you reviewed it (a meeting, a mark or a signature was recorded): nothing was signed or recorded. Review the details again, then confirm.";
async function unchangedSince(tx: Tx, id: string, reviewed: string | undefined): Promise<boolean> {
  const at = reviewed === undefined ? undefined : new Date(reviewed);
  if (at && Number.isNaN(at.getTime())) return false;
  const n = await tx.lifConsultation.updateMany({ where: { id, ...(at ? { updatedAt: at } : {}) }, data: { updatedAt: new Date() } });
  return n.count === 1;
}
/** Moves the consultation's updatedAt on for a change made in another table (a meeting): a review made before it is stale. */
const touch = (tx: Tx, id: string) => tx.lifConsultation.update({ where: { id }, data: { updatedAt: new Date() } });

const locked = (signatures: Array<{ party: string }>) => signatures.some((s) => s.party === "DISTRICT");
const LOCKED = "The district has signed the form: the consultation record is final. Record anything further in a new year's consultation.";

export interface MeetingInput {
  date: string; districtAttendees: string; localAttendees: string;
  agenda?: string; minutes?: string; suggestions?: string; concerns?: string; responses?: string;
}

export async function addLifMeeting(actor: Actor, id: string, m: MeetingInput): Promise<LifResult & { afterDeadline?: boolean }> {
  const { c } = await asParty(actor, id);
  if (locked(c.signatures)) return { ok: false, message: LOCKED };
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    await touch(tx, id);
    const row = await tx.lifMeeting.create({ data: { ...m, date: new Date(m.date + "T00:00:00Z"), consultationId: id, createdById: actor.userId } });
    await recordAudit(tx, actor, { action: "create", entity: "LifMeeting", entityId: row.id, organizationId: c.organizationId, after: m });
  });
  // A meeting after the deadline is allowed (the consultation still happened) but flagged.
  return { ok: true, id, afterDeadline: m.date > c.deadline.toISOString().slice(0, 10) };
}

/**
 * Saves the actor's side of the checklist. With `openedVersion` (the consultation's version when the form was opened)
 * a save over someone else's newer save of the checklist is refused with who saved it and when; nothing is saved.
 */
export async function setLifMarks(actor: Actor, id: string, marks: Array<{ key: string; met: boolean; note?: string }>, openedVersion?: number): Promise<LifResult> {
  const { c, party } = await asParty(actor, id);
  if (locked(c.signatures)) return { ok: false, message: LOCKED };
  const allowed = new Set<string>([...LIF_CRITERION_KEYS, ...(party === "DISTRICT" ? LIF_CONFIRMATION_KEYS : [])]);
  const bad = marks.find((m) => !allowed.has(m.key));
  if (bad) return { ok: false, message: `"${bad.key}" is not a criterion ${party === "LOCAL" ? "the local marks" : "of the notice"}.` };
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    // Every checklist save moves the version on (a row lock held to the end): a form opened before it is refused.
    const saved = await tx.lifConsultation.updateMany({ where: { id, ...(openedVersion === undefined ? {} : { version: openedVersion }) }, data: { version: { increment: 1 } } });
    if (saved.count === 0) return { ok: false as const, field: "version", message: await changedSince(tx, ["LifMark", "LifConsultation"], id, ["create", "update"]) };
    for (const m of marks) {
      const where = { consultationId_party_key: { consultationId: id, party, key: m.key } };
      const before = await tx.lifMark.findUnique({ where });
      if (before && before.met === m.met && (before.note ?? "") === (m.note ?? "")) continue;
      await tx.lifMark.upsert({ where, update: { met: m.met, note: m.note ?? null, userId: actor.userId }, create: { consultationId: id, party, key: m.key, met: m.met, note: m.note ?? null, userId: actor.userId } });
      await recordAudit(tx, actor, { action: before ? "update" : "create", entity: "LifMark", entityId: id, organizationId: c.organizationId, before: before ? { party, key: m.key, met: before.met, note: before.note } : undefined, after: { party, key: m.key, met: m.met, note: m.note ?? null } });
    }
    return { ok: true as const, id };
  });
}

/** Signs for the actor's party. With `reviewed` (the consultation's updatedAt shown on the review), a consultation changed since is refused. */
export async function signLifForm(actor: Actor, id: string, s: { name: string; title: string; signedOn: string }, reviewed?: string): Promise<LifResult> {
  const { c, party, status } = await asParty(actor, id);
  if (c.signatures.some((x) => x.party === party)) return { ok: false, message: `The ${party === "DISTRICT" ? "district" : "local"} has already signed this form; a signature cannot be changed.` };
  if (c.declinedOn) return { ok: false, message: "The local declined to sign this consultation." };
  if (party === "DISTRICT" && status.missingForSignature.length) {
    return { ok: false, message: `The district cannot sign yet: ${status.missingForSignature.join(" ")}` };
  }
  if (party === "LOCAL" && !c.signatures.some((x) => x.party === "DISTRICT")) {
    return { ok: false, message: "The district signs the form first; the local's signature then completes it." };
  }
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    if (!(await unchangedSince(tx, id, reviewed))) return { ok: false as const, field: "reviewed", message: CHANGED };
    const row = await tx.lifSignature.create({ data: { consultationId: id, party, name: s.name, title: s.title, signedOn: new Date(s.signedOn + "T00:00:00Z"), userId: actor.userId } });
    await recordAudit(tx, actor, { action: "create", entity: "LifSignature", entityId: row.id, organizationId: c.organizationId, after: { party, ...s, account: actor.email } });
    return { ok: true as const, id };
  });
}

/** Records the local's decision to decline. With `reviewed`, as for signLifForm. */
export async function declineLif(actor: Actor, id: string, d: { reasons: string; on: string }, reviewed?: string): Promise<LifResult> {
  const { c } = await asParty(actor, id, ["LOCAL"]);
  if (c.signatures.some((x) => x.party === "LOCAL")) return { ok: false, message: "The local has already signed this form." };
  if (c.declinedOn) return { ok: false, message: "The local has already declined." };
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    if (!(await unchangedSince(tx, id, reviewed))) return { ok: false as const, field: "reviewed", message: CHANGED.replace("nothing was signed or recorded", "the decision to decline was not recorded") };
    await tx.lifConsultation.update({ where: { id }, data: { declinedOn: new Date(d.on + "T00:00:00Z"), declineReasons: d.reasons } });
    await recordAudit(tx, actor, { action: "update", entity: "LifConsultation", entityId: id, organizationId: c.organizationId, after: { declinedOn: d.on, declineReasons: d.reasons } });
    return { ok: true as const, id };
  });
}

/** Records the submission of the completed form. With `reviewed`, as for signLifForm. */
export async function submitLif(actor: Actor, id: string, on: string, reviewed?: string): Promise<LifResult> {
  const { c } = await asParty(actor, id, ["DISTRICT"]);
  if (!c.signatures.some((x) => x.party === "LOCAL")) return { ok: false, message: "The form is complete only when a representative of the union local has signed it." };
  if (c.submittedOn) return { ok: false, message: "Already submitted." };
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    if (!(await unchangedSince(tx, id, reviewed))) return { ok: false as const, field: "reviewed", message: CHANGED.replace("nothing was signed or recorded", "the submission was not recorded") };
    await tx.lifConsultation.update({ where: { id }, data: { submittedOn: new Date(on + "T00:00:00Z") } });
    await recordAudit(tx, actor, { action: "update", entity: "LifConsultation", entityId: id, organizationId: c.organizationId, after: { submittedOn: on, recipient: c.recipient } });
    return { ok: true as const, id };
  });
}
