import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "./actor";
import { buildSeniorityList } from "./seniority-list";
import { listFingerprint, publishedListOn, publishSeniorityList } from "./seniority-published";

const actor = async (email: string) => loadActor((await (await db()).user.findUniqueOrThrow({ where: { email } })).id);
const AS_OF = "2024-05-01";

/** Removes test-published SD73 lists as of AS_OF (a published list is never deleted by the app). */
async function unpublish() {
  const prisma = await db();
  const a = await prisma.agreement.findUniqueOrThrow({ where: { rulesId: "sd73-teachers" } });
  const ids = (await prisma.seniorityList.findMany({ where: { agreementId: a.id, asOf: new Date(AS_OF + "T00:00:00Z") }, select: { id: true } })).map((l) => l.id);
  await prisma.seniorityListRow.deleteMany({ where: { listId: { in: ids } } });
  await prisma.seniorityList.deleteMany({ where: { id: { in: ids } } });
}

afterAll(unpublish);

describe("publishing the SD73 demo list (C.12.1.c.ii)", () => {
  it("C.12.1.c.ii: the list reviewed is the list frozen, row for row (a changed list is refused), and the review then finds it published", async () => {
    const hr = await actor("hr.sd73@accord.test");
    await unpublish();
    expect(await publishedListOn(hr, "sd73-teachers", "REGULAR", AS_OF)).toBeNull();
    const reviewed = await buildSeniorityList(hr, "sd73-teachers", AS_OF);
    // A list that differs from the one reviewed (here: a fingerprint of another order) is not published.
    const other = listFingerprint([...reviewed.rows].reverse());
    expect(await publishSeniorityList(hr, "sd73-teachers", AS_OF, "REGULAR", "2024-05-10", other)).toMatchObject({ ok: false, field: "reviewed", message: expect.stringMatching(/changed since you reviewed it/) });
    expect(await publishedListOn(hr, "sd73-teachers", "REGULAR", AS_OF)).toBeNull();
    // Timed twice: the first publish in a fresh process includes warming up the rules code; the second is a
    // server's usual case. Reported, not asserted: a shared test machine's timings vary.
    const times: number[] = [];
    let p: Awaited<ReturnType<typeof publishSeniorityList>> = { ok: false, field: "asOf", message: "not run" };
    for (let run = 0; run < 2; run++) {
      if (run) await unpublish();
      const t0 = performance.now();
      p = await publishSeniorityList(hr, "sd73-teachers", AS_OF, "REGULAR", "2024-05-10", listFingerprint(reviewed.rows));
      times.push(Math.round(performance.now() - t0));
    }
    console.log(`publish SD73 ${AS_OF}: ${reviewed.rows.length} rows in ${times[0]} ms (first in the process), ${times[1]} ms (warm)`);
    if (!p.ok) throw new Error(p.message);
    const prisma = await db();
    const rows = await prisma.seniorityListRow.findMany({ where: { listId: p.id }, orderBy: { rank: "asc" } });
    const iso = (d: Date | string | null) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
    expect(rows.map((r) => ({ rank: r.rank, employeeNumber: r.employeeNumber, name: r.name, decidedBy: r.decidedBy, days: r.seniorityDays, date: iso(r.seniorityDate) }))).toEqual(
      reviewed.rows.map((r) => ({ rank: r.rank, employeeNumber: r.employeeNumber, name: r.name, decidedBy: r.decidedBy, days: r.seniorityDays, date: iso(r.seniorityDate) })),
    );
    // Each row keeps its own arithmetic and articles (C.2.1 defines seniority) as frozen on the day.
    expect(rows.every((r) => r.steps.length > 0 && r.citations.some((c) => c.startsWith("C.2")))).toBe(true);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(await publishedListOn(hr, "sd73-teachers", "REGULAR", AS_OF)).toEqual({ id: p.id, publishedOn: "2024-05-10" });
  });
});
