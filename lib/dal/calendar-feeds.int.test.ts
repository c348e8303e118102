import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "./actor";
import { createFeedToken, feedForToken, listFeedTokens, revokeFeedToken } from "./calendar-feeds";
import { createGrievance } from "./grievance-writes";
import { NotFoundError } from "./errors";

const TAG = "INT-TEST feed";
const created: string[] = [];
async function actor(email: string): Promise<Actor> {
  const u = await (await db()).user.findUniqueOrThrow({ where: { email } });
  return loadActor(u.id);
}

afterAll(async () => {
  const prisma = await db();
  await prisma.grievance.deleteMany({ where: { summary: { startsWith: TAG } } });
  await prisma.calendarFeedToken.deleteMany({ where: { id: { in: created } } });
});

describe("calendar feed tokens (lib/dal)", () => {
  it("a steward's feed holds the next deadline of their local's open grievances (A.6.2.b, dashboard scope), and none of the other local's", async () => {
    const prisma = await db();
    const s = await actor("steward.ktta@accord.test");
    const ag = await prisma.agreement.findUniqueOrThrow({ where: { rulesId: "sd73-teachers" } });
    const emp = await prisma.employee.findFirstOrThrow({ where: { agreementId: ag.id }, orderBy: { employeeNumber: "asc" } });
    const r = await createGrievance(s, {
      agreementId: ag.id, type: "LOCAL_MATTER", policy: false, grievors: [emp.employeeNumber], articles: ["C.2.1"],
      summary: `${TAG}: feed`, remedy: "Make whole", violationDate: "2024-10-01",
    }, "2024-10-02");
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const { id, token } = await createFeedToken(s);
    created.push(id);
    const row = await prisma.calendarFeedToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const feed = await feedForToken(token);
    const mine = feed!.items.find((i) => i.id === r.id);
    expect(mine).toMatchObject({ due: "2024-11-14", article: "A.6.2.b", ruleId: "raise-step1" });
    expect(mine!.profile).toMatch(/^WD-A/);
    const cupe = await prisma.grievance.findMany({ where: { local: { code: "CUPE439" } }, select: { id: true } });
    expect(feed!.items.some((i) => cupe.some((c) => c.id === i.id))).toBe(false);
    const expected = await prisma.grievance.count({ where: { local: { code: "KTTA" }, status: { in: ["OPEN", "AT_ARBITRATION"] }, nextDue: { not: null } } });
    expect(feed!.items.length).toBe(expected);
  });

  it("a revoked token reads nothing; a new token revokes the old one; another user cannot revoke it", async () => {
    const s = await actor("steward.ktta@accord.test");
    const other = await actor("steward.cupe439@accord.test");
    const a = await createFeedToken(s);
    created.push(a.id);
    await expect(revokeFeedToken(other, a.id)).rejects.toBeInstanceOf(NotFoundError);
    const b = await createFeedToken(s);
    created.push(b.id);
    expect(await feedForToken(a.token)).toBeNull();
    expect(await feedForToken(b.token)).not.toBeNull();
    await revokeFeedToken(s, b.id);
    expect(await feedForToken(b.token)).toBeNull();
    expect((await listFeedTokens(s)).filter((t) => created.includes(t.id)).every((t) => t.revokedAt)).toBe(true);
    const audit = await (await db()).auditEvent.findFirst({ where: { entity: "CalendarFeedToken", entityId: b.id, action: "update" } });
    expect(audit).not.toBeNull();
  });
});
