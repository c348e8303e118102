import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { checkSignIn, DUMMY_HASH, endSessions, signInLock, SIGN_IN_LIMITS } from "./sign-in";
import { loadActor } from "./actor";
import { changePassword, grantMembership, revokeMembership } from "./user-accounts";
import { UnauthenticatedError } from "./errors";

const run = Date.now().toString(36);
const EMAIL = `int-signin-${run}@accord.invalid`;
const PASSWORD = "correct horse battery";
const addr = (n: number) => `198.51.100.${n}-${run}`;
let userId = "";

beforeAll(async () => {
  const prisma = await db();
  userId = (await prisma.user.create({ data: { email: EMAIL, name: "Throwaway", passwordHash: await bcrypt.hash(PASSWORD, 10) } })).id;
});

afterAll(async () => {
  const prisma = await db();
  await prisma.signInAttempt.deleteMany({ where: { OR: [{ email: { contains: run } }, { address: { contains: run } }] } });
  await prisma.auditEvent.deleteMany({ where: { OR: [{ userId }, { entity: "Session", after: { path: ["email"], string_contains: run } }] } });
  await prisma.user.deleteMany({ where: { id: userId } });
});

describe("sign-in (lib/dal/sign-in)", () => {
  it("a correct password signs in, and the attempt is audited with email and address but never the password", async () => {
    const r = await checkSignIn({ email: EMAIL.toUpperCase(), password: PASSWORD, address: addr(1) });
    expect(r.ok).toBe(true);
    const prisma = await db();
    const ev = await prisma.auditEvent.findFirstOrThrow({ where: { userId, action: "sign-in" }, orderBy: { at: "desc" } });
    expect(ev.after).toEqual({ email: EMAIL, address: addr(1) });
    expect(JSON.stringify(ev)).not.toContain(PASSWORD);
  });

  it("an unknown email is compared against a dummy hash of the same cost, so the answer time is the same", async () => {
    const spy = vi.spyOn(bcrypt, "compare");
    try {
      const r = await checkSignIn({ email: `nobody-${run}@accord.invalid`, password: "guess", address: addr(2) });
      expect(r).toEqual({ ok: false, reason: "invalid" });
      expect(spy).toHaveBeenCalledWith("guess", DUMMY_HASH);
      expect(bcrypt.getRounds(DUMMY_HASH)).toBe(10);
      const prisma = await db();
      const ev = await prisma.auditEvent.findFirstOrThrow({ where: { action: "sign-in-failed", after: { path: ["email"], equals: `nobody-${run}@accord.invalid` } } });
      expect(ev.userId).toBeNull();
    } finally {
      spy.mockRestore();
    }
  });

  it("after 5 wrong passwords in 15 minutes the account is locked for 15 minutes, even with the right password", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expect(await checkSignIn({ email: EMAIL, password: `wrong-${i}`, address: addr(10 + i) })).toEqual({ ok: false, reason: "invalid" });
    }
    const r = await checkSignIn({ email: EMAIL, password: PASSWORD, address: addr(20) });
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== "locked") throw new Error("expected a lock");
    expect(r.scope).toBe("account");
    const wait = r.until.getTime() - Date.now();
    expect(wait).toBeGreaterThan(14 * 60_000);
    expect(wait).toBeLessThanOrEqual(15 * 60_000);
    // The lock ends 15 minutes after the fifth failure.
    expect(await signInLock(EMAIL, addr(20), new Date(r.until.getTime() + 1000))).toBeNull();
    const prisma = await db();
    expect(await prisma.auditEvent.count({ where: { userId, action: "sign-in-refused" } })).toBe(1);
  });

  it("after 20 failures from one address, that address is refused for every account", async () => {
    const a = addr(99);
    // 19 earlier failures (written directly: each real one costs a bcrypt compare), then the 20th through the check.
    const prisma = await db();
    await prisma.signInAttempt.createMany({
      data: Array.from({ length: SIGN_IN_LIMITS.perAddress - 1 }, (_, i) => ({ email: `spray-${i}-${run}@accord.invalid`, address: a, outcome: "invalid", at: new Date(Date.now() - (60 - i) * 1000) })),
    });
    expect(await checkSignIn({ email: `spray-last-${run}@accord.invalid`, password: "x", address: a })).toEqual({ ok: false, reason: "invalid" });
    const r = await checkSignIn({ email: `other-${run}@accord.invalid`, password: "x", address: a });
    expect(r).toMatchObject({ ok: false, reason: "locked", scope: "address" });
    expect(await signInLock(`other-${run}@accord.invalid`, addr(98))).toBeNull();
  });
});

describe("session versions: sign-out, password and role changes end the user's sessions", () => {
  it("a token's version stops working after sign-out, and the sign-out is audited", async () => {
    const prisma = await db();
    const v = (await prisma.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion;
    await expect(loadActor(userId, { sessionVersion: v })).resolves.toMatchObject({ email: EMAIL });
    await endSessions(userId, { action: "sign-out", address: addr(3) });
    await expect(loadActor(userId, { sessionVersion: v })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(loadActor(userId, { sessionVersion: v + 1 })).resolves.toMatchObject({ email: EMAIL });
    const ev = await prisma.auditEvent.findFirstOrThrow({ where: { userId, action: "sign-out" } });
    expect(ev.after).toEqual({ email: EMAIL, address: addr(3) });
  });

  it("changing the password ends the old sessions and the new password works", async () => {
    const prisma = await db();
    const v = (await prisma.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion;
    const me = await loadActor(userId, { sessionVersion: v });
    await changePassword(me, { current: PASSWORD, next: "a new long passphrase" });
    await expect(loadActor(userId, { sessionVersion: v })).rejects.toBeInstanceOf(UnauthenticatedError);
    const u = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(await bcrypt.compare("a new long passphrase", u.passwordHash!)).toBe(true);
    const ev = await prisma.auditEvent.findFirstOrThrow({ where: { userId, entity: "User" } });
    expect(JSON.stringify(ev)).not.toContain("passphrase");
  });

  it("granting and revoking a role ends the user's sessions; only a district administrator may", async () => {
    const prisma = await db();
    const sd73 = await prisma.organization.findUniqueOrThrow({ where: { code: "SD73" } });
    const admin = await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: "admin@accord.test" } })).id);
    const steward = await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: "steward.ktta@accord.test" } })).id);
    await expect(grantMembership(steward, { userId, role: "VIEWER", organizationId: sd73.id })).rejects.toThrow();
    const v = (await prisma.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion;
    const m = await grantMembership(admin, { userId, role: "VIEWER", organizationId: sd73.id });
    await expect(loadActor(userId, { sessionVersion: v })).rejects.toBeInstanceOf(UnauthenticatedError);
    await revokeMembership(admin, m.id);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion).toBe(v + 2);
    await prisma.auditEvent.deleteMany({ where: { entity: "Membership", entityId: m.id } });
  });
});
