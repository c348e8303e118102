import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "./actor";
import { confirmScenario, createScenario, getScenario, runWhatIf } from "./layoffs";
import { confirmLayoffs } from "./layoff-confirm";
import { loadLayoffStandings } from "./layoff-standings";
import { makeRecallOffer, respondToRecallOffer } from "./recall-offers";
import { listRecall } from "./recall";
import { ForbiddenError, NotFoundError } from "./errors";
import { shareScenario } from "./layoff-drafts";
import { sd71InScope } from "@/lib/layoffs/simulate";
import { refreshSummaries } from "./seniority-summaries";

const actor = async (email: string) => loadActor((await (await db()).user.findUniqueOrThrow({ where: { email } })).id);
const NAME = "INT layoff";
const touched = new Set<string>();
let positions: Array<{ id: string; employeeId: string | null; endDate: Date | null }> = [];

beforeAll(async () => {
  positions = await (await db()).position.findMany({ select: { id: true, employeeId: true, endDate: true } });
});

afterAll(async () => {
  const prisma = await db();
  // confirming writes the bumping into the positions (17.04): put them back
  const now = new Map((await prisma.position.findMany({ select: { id: true, employeeId: true, endDate: true } })).map((p) => [p.id, p]));
  for (const p of positions) {
    const n = now.get(p.id);
    if (n && (n.employeeId !== p.employeeId || n.endDate?.getTime() !== p.endDate?.getTime())) await prisma.position.update({ where: { id: p.id }, data: { employeeId: p.employeeId, endDate: p.endDate } });
  }
  const ids = [...touched];
  await prisma.serviceRecord.deleteMany({ where: { employeeId: { in: ids }, kind: { in: ["LAYOFF", "RECALL"] }, createdAt: { gte: new Date(Date.now() - 3_600_000) } } });
  await prisma.recallEntry.deleteMany({ where: { employeeId: { in: ids } } });
  await prisma.employee.updateMany({ where: { id: { in: ids } }, data: { status: "ACTIVE" } });
  await prisma.$transaction((tx) => refreshSummaries(tx, ids));
  await prisma.layoffScenario.deleteMany({ where: { name: { startsWith: NAME } } });
});

describe("Confirming a layoff scenario (17.04, 17.03; C.12.1.c)", () => {
  it("writes LAYOFF ledger rows and recall entries in one transaction, and refuses a second layoff of the same person", async () => {
    const hr = await actor("hr.sd71@accord.test");
    const prisma = await db();
    const rows = (await loadLayoffStandings(hr, "sd71-cupe439", "2025-06-02")).filter(sd71InScope);
    const custodians = rows.filter((r) => r.classification === "Custodian").sort((a, b) => a.seniorityDate!.localeCompare(b.seniorityDate!));
    const senior = custodians[0], junior = custodians[custodians.length - 1];
    const input = { cut: { agreement: "sd71-cupe439" as const, eliminate: [senior.employeeId], qualificationBasis: "classification" as const }, effectiveDate: "2025-06-02", noticeDate: "2025-04-15" };

    const created = await createScenario(hr, "sd71-cupe439", `${NAME} A`, input);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const draft = await getScenario(hr, created.id);
    expect(draft.outcome.ok && draft.outcome.result.chains[0].links[0]).toMatchObject({ displaced: senior.employeeId, bumped: junior.employeeId });
    expect(draft.outcome.ok && draft.outcome.result.notice).toMatchObject({ ok: true, compliant: true });
    expect(await prisma.serviceRecord.count({ where: { employeeId: junior.employeeId, kind: "LAYOFF" } })).toBe(0); // nothing changes until confirmed

    const steward = await actor("steward.cupe439@accord.test");
    await expect(getScenario(steward, created.id)).rejects.toBeInstanceOf(NotFoundError); // a draft is HR's until shared
    expect(await shareScenario(hr, created.id)).toMatchObject({ ok: true });
    expect((await getScenario(steward, created.id)).canConfirm).toBe(false);
    await expect(confirmScenario(steward, created.id)).rejects.toBeInstanceOf(ForbiddenError);

    const laidOff = draft.outcome.ok ? draft.outcome.result.laidOff.map((r) => r.employeeId) : [];
    laidOff.forEach((id) => touched.add(id));
    expect(await confirmScenario(hr, created.id)).toEqual({ ok: true, count: laidOff.length });
    const ledger = await prisma.serviceRecord.findMany({ where: { employeeId: { in: laidOff }, kind: "LAYOFF" } });
    expect(ledger.map((l) => l.startDate.toISOString().slice(0, 10))).toEqual(laidOff.map(() => "2025-06-02"));
    const entries = await prisma.recallEntry.findMany({ where: { employeeId: { in: laidOff } } });
    expect(entries).toHaveLength(laidOff.length);
    expect(entries[0].expiryArticle).toMatch(/^15\.04\(a\)\(3\)/);
    expect((await prisma.employee.findUniqueOrThrow({ where: { id: junior.employeeId } })).status).toBe("LAID_OFF");
    expect((await loadLayoffStandings(hr, "sd71-cupe439", "2025-06-02")).find((s) => s.employeeId === junior.employeeId)?.laidOff).toBe(true); // the summaries follow the ledger
    expect((await confirmScenario(hr, created.id)).ok).toBe(false);

    // the same person again: the what-if refuses it by field, and a stale outcome is rolled back whole
    const again = await runWhatIf(hr, "sd71-cupe439", { ...input, cut: { ...input.cut, eliminate: [junior.employeeId] } });
    expect(again).toMatchObject({ ok: false, errors: { eliminate: [expect.stringContaining("already laid off")] } });
    const other = custodians[1];
    touched.add(other.employeeId);
    const stale = draft.outcome.ok ? draft.outcome.result : null;
    const r = await confirmLayoffs(hr, { id: created.id, name: `${NAME} B`, organizationId: (await prisma.employee.findUniqueOrThrow({ where: { id: other.employeeId } })).organizationId, rulesId: "sd71-cupe439", input },
      { ...stale!, laidOff: [{ ...stale!.laidOff[0], employeeId: other.employeeId }, ...stale!.laidOff] });
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining("already laid off") });
    expect((await prisma.employee.findUniqueOrThrow({ where: { id: other.employeeId } })).status).toBe("ACTIVE");
    expect(await prisma.recallEntry.count({ where: { employeeId: other.employeeId } })).toBe(0);

    // recall: an offer, a late answer refused until recorded as such, then the acceptance is a RECALL ledger entry
    const entry = entries.find((e) => e.employeeId === junior.employeeId)!;
    // an offer accepted before the layoff takes effect (2025-06-02) is refused by field, naming the date
    const early = await makeRecallOffer(hr, entry.id, { positionTitle: "Custodian, Brooks", fteMilli: 1000, offeredAt: "2025-05-30T09:00", equalOrGreaterTime: true, changeOfCommunity: false, qualified: true });
    expect(early.ok).toBe(true);
    const earlyId = (await prisma.recallOffer.findFirstOrThrow({ where: { recallEntryId: entry.id, response: null } })).id;
    expect(await respondToRecallOffer(hr, earlyId, { response: "ACCEPTED", respondedAt: "2025-05-30T10:00", recordLate: false }))
      .toEqual({ ok: false, errors: { respondedAt: ["An offer cannot be accepted before the layoff takes effect on 2025-06-02."] } });
    expect(await prisma.serviceRecord.count({ where: { employeeId: junior.employeeId, kind: "RECALL" } })).toBe(0);
    expect(await respondToRecallOffer(hr, earlyId, { response: "DECLINED", respondedAt: "2025-05-30T10:00", recordLate: false })).toMatchObject({ ok: true });
    const offer = await makeRecallOffer(hr, entry.id, { positionTitle: "Custodian, Vanier", fteMilli: 1000, offeredAt: "2025-08-20T09:00", equalOrGreaterTime: true, changeOfCommunity: false, qualified: true });
    expect(offer).toEqual({ ok: true, respondBy: "2025-08-21 09:00" });
    const list = (await listRecall(hr, "2025-08-20")).find((a) => a.rulesId === "sd71-cupe439")!;
    const row = list.rows.find((x) => x.id === entry.id)!;
    expect(row.pendingOfferId).not.toBeNull();
    const late = await respondToRecallOffer(hr, row.pendingOfferId!, { response: "ACCEPTED", respondedAt: "2025-08-21T10:30", recordLate: false });
    expect(late).toMatchObject({ ok: false, errors: { respondedAt: [expect.stringContaining("after the 24-hour window")] } });
    expect(await respondToRecallOffer(hr, row.pendingOfferId!, { response: "ACCEPTED", respondedAt: "2025-08-21T10:30", recordLate: true })).toMatchObject({ ok: true });
    expect(await prisma.serviceRecord.count({ where: { employeeId: junior.employeeId, kind: "RECALL" } })).toBe(1);
    expect((await prisma.recallOffer.findUniqueOrThrow({ where: { id: row.pendingOfferId! } })).late).toBe(true);
    expect(await makeRecallOffer(hr, entry.id, { positionTitle: "Custodian", fteMilli: 1000, offeredAt: "2025-09-01T09:00", equalOrGreaterTime: true, changeOfCommunity: false, qualified: true }))
      .toMatchObject({ ok: false, errors: { positionTitle: [expect.stringContaining("not on the recall list")] } });
  });
});
