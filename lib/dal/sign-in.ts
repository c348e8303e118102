import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";

/** Guessing limits. Kept in the database (sign_in_attempt), so every app instance sees the same count. */
export const SIGN_IN_LIMITS = { windowMs: 15 * 60_000, lockMs: 15 * 60_000, perAccount: 5, perAddress: 20 } as const;

// A bcrypt hash of the same cost (10) as real ones: an unknown email costs the same compare as a known one,
// so the answer time does not tell whether an account exists.
export const DUMMY_HASH = "$2b$10$jM3//PgoJu4aeFk.eF7nte2Sp1LgA5rWfRJ0eaD.CZohaxEf463qW";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string | null; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date; scope: SignInLockScope };

export type SignInLockScope = "account" | "address";

/** The end of the latest lock: a run of `limit` failures within the window locks for lockMs from its last one. */
function lockedUntil(failures: Date[], limit: number, now: Date): Date | null {
  let until: Date | null = null;
  for (let i = limit - 1; i < failures.length; i++) {
    if (failures[i].getTime() - failures[i - limit + 1].getTime() <= SIGN_IN_LIMITS.windowMs) {
      const end = new Date(failures[i].getTime() + SIGN_IN_LIMITS.lockMs);
      if (end > now && (!until || end > until)) until = end;
    }
  }
  return until;
}

/** When the account or the address is locked, which one and the time the lock ends; otherwise null. */
export async function signInLock(email: string, address: string, now = new Date()): Promise<{ until: Date; scope: SignInLockScope } | null> {
  const prisma = await db();
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs - SIGN_IN_LIMITS.lockMs);
  const [byEmail, byAddress] = await Promise.all([
    prisma.signInAttempt.findMany({ where: { email, outcome: "invalid", at: { gte: since } }, orderBy: { at: "asc" }, select: { at: true } }),
    prisma.signInAttempt.findMany({ where: { address, outcome: "invalid", at: { gte: since } }, orderBy: { at: "asc" }, select: { at: true } }),
  ]);
  const a = lockedUntil(byEmail.map((r) => r.at), SIGN_IN_LIMITS.perAccount, now);
  const b = lockedUntil(byAddress.map((r) => r.at), SIGN_IN_LIMITS.perAddress, now);
  if (a && (!b || a >= b)) return { until: a, scope: "account" };
  return b ? { until: b, scope: "address" } : null;
}

/**
 * Checks a sign-in: refuses it while the account or address is locked (even with the right password), compares the
 * password (against a dummy hash when there is no such account), and records the attempt and an audit event.
 */
export async function checkSignIn(input: { email: string; password: string; address: string }): Promise<SignInResult> {
  const email = input.email.toLowerCase().trim();
  const address = input.address || "unknown";
  const prisma = await db();
  const lock = await signInLock(email, address);
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true } });
  if (lock) {
    await record(email, address, "locked", user?.id ?? null);
    return { ok: false, reason: "locked", ...lock };
  }
  const matches = await bcrypt.compare(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user?.passwordHash || !matches) {
    await record(email, address, "invalid", user?.id ?? null);
    return { ok: false, reason: "invalid" };
  }
  await record(email, address, "ok", user.id);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}

const AUDIT_ACTION = { ok: "sign-in", invalid: "sign-in-failed", locked: "sign-in-refused" } as const;

async function record(email: string, address: string, outcome: "ok" | "invalid" | "locked", userId: string | null) {
  const prisma = await db();
  await prisma.$transaction([
    prisma.signInAttempt.create({ data: { email, address, outcome } }),
    // Sign-ins belong to no district; the password is never recorded.
    prisma.auditEvent.create({ data: { userId, organizationId: null, action: AUDIT_ACTION[outcome], entity: "Session", entityId: userId, after: { email, address } } }),
  ]);
}

/** Ends every session of the user (sign-out, password or role change): tokens with an older version are refused. */
export async function endSessions(userId: string, audit?: { action: "sign-out"; address: string }) {
  const prisma = await db();
  const user = await prisma.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { email: true } });
  if (audit) {
    await prisma.auditEvent.create({ data: { userId, organizationId: null, action: audit.action, entity: "Session", entityId: userId, after: { email: user.email, address: audit.address } } });
  }
}

/** The current session version of a user, or null when the user no longer exists. */
export async function currentSessionVersion(userId: string): Promise<number | null> {
  const prisma = await db();
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return u ? u.sessionVersion : null;
}
