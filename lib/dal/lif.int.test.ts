import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { LIF_CONFIRMATION_KEYS, LIF_CRITERION_KEYS } from "@/lib/rules/lif";
import { loadActor } from "./actor";
import { createLifConsultation, getLifConsultation, listLifConsultations } from "./lif";
import { addLifMeeting, declineLif, setLifMarks, signLifForm, submitLif } from "./lif-steps";
import { ForbiddenError, NotFoundError } from "./errors";

const YEAR = "2029-30";
const STALE_YEAR = "2028-29";
const actor = async (email: string) => loadActor((await (await db()).user.findUniqueOrThrow({ where: { email } })).id);
const ids = async () => {
  const prisma = await db();
  return {
    org: (await prisma.organization.findUniqueOrThrow({ where: { code: "SD71" } })).id,
    local: (await prisma.unionLocal.findUniqueOrThrow({ where: { code: "CUPE439" } })).id,
  };
};

afterAll(async () => {
  await (await db()).lifConsultation.deleteMany({ where: { schoolYear: { in: [YEAR, STALE_YEAR] } } });
});

describe("LIF consultation workflow (LIF notice 2024-25)", () => {
  it("refuses early and duplicate signatures, other locals and observers; completes with both signatures", async () => {
    const hr = await actor("hr.sd71@accord.test");
    const officer = await actor("officer.cupe439@accord.test");
    const { org, local } = await ids();
    const created = await createLifConsultation(hr, { organizationId: org, localId: local, schoolYear: YEAR, deadline: "2026-06-05", recipient: "BCPSEA" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const id = created.id;
    expect(await createLifConsultation(hr, { organizationId: org, localId: local, schoolYear: YEAR, deadline: "2026-06-05", recipient: "BCPSEA" })).toMatchObject({ ok: false, field: "schoolYear" });

    const early = await signLifForm(hr, id, { name: "H", title: "HR", signedOn: "2029-05-01" });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.message).toMatch(/No consultation meeting has been held yet/);

    await expect(getLifConsultation(await actor("officer.ktta@accord.test"), id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setLifMarks(await actor("steward.cupe439@accord.test"), id, [])).rejects.toBeInstanceOf(NotFoundError); // stewards have no LIF access
    await expect(declineLif(hr, id, { reasons: "n/a", on: "2029-05-01" })).rejects.toBeInstanceOf(ForbiddenError);

    expect(await addLifMeeting(hr, id, { date: "2026-06-10", districtAttendees: "HR", localAttendees: "President" })).toMatchObject({ ok: true, afterDeadline: true });
    expect((await setLifMarks(officer, id, [{ key: "mutual-respect", met: true }])).ok).toBe(false);
    await setLifMarks(hr, id, [...LIF_CRITERION_KEYS, ...LIF_CONFIRMATION_KEYS].map((key) => ({ key, met: true })));
    await setLifMarks(officer, id, LIF_CRITERION_KEYS.map((key) => ({ key, met: true, note: "Agreed" })));

    expect((await signLifForm(officer, id, { name: "O", title: "President", signedOn: "2029-05-02" })).ok).toBe(false);
    expect((await signLifForm(hr, id, { name: "Hugo", title: "Director", signedOn: "2029-05-02" })).ok).toBe(true);
    expect(await signLifForm(hr, id, { name: "Hugo", title: "Director", signedOn: "2029-05-03" })).toMatchObject({ ok: false, message: expect.stringMatching(/already signed/) });
    expect((await addLifMeeting(officer, id, { date: "2029-05-04", districtAttendees: "x", localAttendees: "y" })).ok).toBe(false);
    expect((await submitLif(hr, id, "2029-05-03")).ok).toBe(false);
    expect((await signLifForm(officer, id, { name: "Omar", title: "President", signedOn: "2029-05-03" })).ok).toBe(true);

    const after = await getLifConsultation(officer, id);
    expect(after.status.progress).toBe("signed-by-local");
    expect(after.status.complete).toBe(true);
    expect((await submitLif(hr, id, "2029-05-04")).ok).toBe(true);
    expect((await getLifConsultation(hr, id)).status.status).toBe("submitted");
    const events = await (await db()).auditEvent.count({ where: { entity: { in: ["LifSignature", "LifMark", "LifMeeting", "LifConsultation"] }, organizationId: org } });
    expect(events).toBeGreaterThanOrEqual(10);
  });

  it("a signature or a submission confirmed on a review older than the consultation's last change is refused; nothing is signed", async () => {
    const hr = await actor("hr.sd71@accord.test");
    const officer = await actor("officer.cupe439@accord.test");
    const { org, local } = await ids();
    const created = await createLifConsultation(hr, { organizationId: org, localId: local, schoolYear: STALE_YEAR, deadline: "2029-06-05", recipient: "BCPSEA" });
    if (!created.ok) throw new Error(created.message);
    const id = created.id;
    const reviewedAt = async () => (await getLifConsultation(hr, id)).c.updatedAt.toISOString();
    await addLifMeeting(hr, id, { date: "2026-05-01", districtAttendees: "HR", localAttendees: "President" });
    await setLifMarks(hr, id, [...LIF_CRITERION_KEYS, ...LIF_CONFIRMATION_KEYS].map((key) => ({ key, met: true })));
    const beforeLocalMarks = await reviewedAt();
    await setLifMarks(officer, id, LIF_CRITERION_KEYS.map((key) => ({ key, met: true })));
    const stale = await signLifForm(hr, id, { name: "Hugo", title: "Director", signedOn: "2029-05-02" }, beforeLocalMarks);
    expect(stale).toMatchObject({ ok: false, field: "reviewed", message: expect.stringMatching(/changed after you reviewed it/) });
    const beforeMeeting = await reviewedAt();
    await addLifMeeting(officer, id, { date: "2026-05-02", districtAttendees: "HR", localAttendees: "President" });
    expect(await signLifForm(hr, id, { name: "Hugo", title: "Director", signedOn: "2029-05-02" }, beforeMeeting)).toMatchObject({ ok: false, field: "reviewed" });
    expect((await getLifConsultation(hr, id)).c.signatures).toEqual([]);
    expect(await signLifForm(hr, id, { name: "Hugo", title: "Director", signedOn: "2029-05-02" }, await reviewedAt())).toMatchObject({ ok: true });
    const beforeLocalSign = await reviewedAt();
    expect(await signLifForm(officer, id, { name: "Omar", title: "President", signedOn: "2029-05-03" }, await reviewedAt())).toMatchObject({ ok: true });
    expect(await submitLif(hr, id, "2029-05-04", beforeLocalSign)).toMatchObject({ ok: false, field: "reviewed" });
    expect(await submitLif(hr, id, "2029-05-04", await reviewedAt())).toMatchObject({ ok: true });
  });

  it("a local officer sees the seeded 2024-25 consultation as submitted; a KTTA officer sees none of CUPE 439's", async () => {
    const mine = await listLifConsultations(await actor("officer.cupe439@accord.test"));
    expect(mine.find((r) => r.c.schoolYear === "2024-25")?.status.status).toBe("submitted");
    expect(await listLifConsultations(await actor("officer.ktta@accord.test"))).toEqual([]);
  });
});
