import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "./actor";
import { approvePayPeriod, createPayPeriod, getPayPeriod, previewPayPeriod, runPayPeriod } from "./ttoc";
import { importTtocDays } from "./ttoc-import";
import { ForbiddenError, NotFoundError } from "./errors";

const actor = async (email: string) => loadActor((await (await db()).user.findUniqueOrThrow({ where: { email } })).id);
const header = "employeeNumber,date,school,replacedTeacher,start,end,fraction\n";

afterAll(async () => {
  const prisma = await db();
  await prisma.payPeriod.deleteMany({ where: { startDate: new Date("2024-12-02T00:00:00Z") } });
  await prisma.ttocDay.deleteMany({ where: { date: { gte: new Date("2024-12-02T00:00:00Z"), lte: new Date("2024-12-13T00:00:00Z") } } });
});

describe("TTOC pay period: import → compute → approve → immutable (B.2, B.9)", () => {
  it("pays a non-certificated substitute $167.43 a day (B.2.8), refuses bad rows whole, and freezes on approval", async () => {
    const hr = await actor("hr.sd73@accord.test");
    const org = (await (await db()).organization.findUniqueOrThrow({ where: { code: "SD73" } })).id;
    const p = await createPayPeriod(hr, org, { startDate: "2024-12-02", endDate: "2024-12-13" });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect((await createPayPeriod(hr, org, { startDate: "2024-12-10", endDate: "2024-12-20" })).ok).toBe(false);

    const overlap = header + "730009,2024-12-03,Pacific Way Elementary,,08:30,12:30,\n730009,2024-12-03,Pacific Way Elementary,,12:00,15:00,\n";
    const r1 = await importTtocDays(hr, p.id, overlap);
    expect(r1).toMatchObject({ ok: false, errors: [{ row: 3, field: "start", message: "overlaps the callout in row 2" }] });
    const outside = header + "730009,2024-12-03,Pacific Way Elementary,,07:00,12:00,\n";
    expect((await importTtocDays(hr, p.id, outside)).ok).toBe(false);

    const good = header + "730009,2024-12-03,Pacific Way Elementary,,08:30,15:00,\n730009,2024-12-04,,,,,1\n";
    expect((await importTtocDays(hr, p.id, good)).ok).toBe(false); // school missing on row 3
    const fixed = header + "730009,2024-12-03,Pacific Way Elementary,,08:30,15:00,\n730009,2024-12-04,Pacific Way Elementary,,,,1\n";
    expect(await importTtocDays(hr, p.id, fixed)).toEqual({ ok: true, count: 2 });
    expect((await importTtocDays(hr, p.id, fixed)).ok).toBe(false); // duplicates detected

    expect(await runPayPeriod(hr, p.id)).toEqual({ ok: true, count: 2 });
    const { byTtoc, totalCents } = await getPayPeriod(hr, p.id);
    expect(byTtoc.find((t) => t.employeeNumber === "730009")?.cents).toBe(2 * 16743);
    expect(totalCents).toBe(33486);
    expect((await previewPayPeriod(hr, p.id)).diffs).toEqual([]);

    expect((await approvePayPeriod(hr, p.id)).ok).toBe(true);
    expect((await runPayPeriod(hr, p.id)).ok).toBe(false);
    expect((await importTtocDays(hr, p.id, header + "730009,2024-12-05,Pacific Way Elementary,,,,1\n")).ok).toBe(false);
    await expect(getPayPeriod(await actor("hr.sd71@accord.test"), p.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createPayPeriod(await actor("steward.ktta@accord.test"), org, { startDate: "2025-01-01", endDate: "2025-01-15" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
