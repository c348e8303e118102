import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { NotFoundError } from "./errors";
import { openDueItems, type DueItem } from "./grievance-calendar";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Where a feed's audit event belongs: the actor's district (or, for a union member, the district their local
 * bargains with), so that district's administrators see it; the locals and districts it spans are in `after`.
 */
function feedScope(actor: Actor, after: Record<string, unknown>) {
  const orgIds = [...new Set(actor.memberships.flatMap((m) => (m.organizationId ? [m.organizationId] : [])))];
  const localIds = [...new Set(actor.memberships.flatMap((m) => (m.localId ? [m.localId] : [])))];
  return { organizationId: orgIds[0] ?? actor.organizationIds[0], after: { ...after, organizationIds: orgIds.length ? orgIds : actor.organizationIds, localIds } };
}

/** The actor's feed tokens, newest first (only hashes are stored: a token is shown once, when created). */
export async function listFeedTokens(actor: Actor) {
  const prisma = await db();
  return prisma.calendarFeedToken.findMany({
    where: { userId: actor.userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, revokedAt: true, lastUsedAt: true },
  });
}

/** A new feed token for the actor; any active one is revoked (one live feed address per user). */
export async function createFeedToken(actor: Actor): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString("base64url");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const old = await tx.calendarFeedToken.findMany({ where: { userId: actor.userId, revokedAt: null }, select: { id: true } });
    if (old.length) await tx.calendarFeedToken.updateMany({ where: { id: { in: old.map((o) => o.id) } }, data: { revokedAt: now } });
    const t = await tx.calendarFeedToken.create({ data: { userId: actor.userId, tokenHash: hash(token) } });
    await recordAudit(tx, actor, { action: "create", entity: "CalendarFeedToken", entityId: t.id, ...feedScope(actor, { revokedPrevious: old.map((o) => o.id) }) });
    return { id: t.id, token };
  });
}

/** Revokes one of the actor's tokens: its address then answers 404. */
export async function revokeFeedToken(actor: Actor, id: string) {
  const prisma = await db();
  const t = await prisma.calendarFeedToken.findFirst({ where: { id, userId: actor.userId } });
  if (!t) throw new NotFoundError("Feed");
  if (t.revokedAt) return;
  await prisma.$transaction(async (tx) => {
    await tx.calendarFeedToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, actor, { action: "update", entity: "CalendarFeedToken", entityId: id, before: { revokedAt: null }, ...feedScope(actor, { revoked: true }) });
  });
}

/**
 * The deadlines behind a feed address: the token's user becomes the actor, so the feed is scoped
 * exactly as that user's dashboard. Null for an unknown or revoked token.
 */
export async function feedForToken(token: string): Promise<{ userEmail: string; items: DueItem[] } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const prisma = await db();
  const t = await prisma.calendarFeedToken.findUnique({ where: { tokenHash: hash(token) }, include: { user: { select: { email: true } } } });
  if (!t || t.revokedAt) return null;
  const actor = await loadActor(t.userId);
  const items = await openDueItems(actor);
  // Reading is not a change of record: no audit event, only the last-used time for the settings page.
  await prisma.calendarFeedToken.update({ where: { id: t.id }, data: { lastUsedAt: new Date() } });
  return { userEmail: t.user.email, items };
}
