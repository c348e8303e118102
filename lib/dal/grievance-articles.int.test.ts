import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "./actor";
import { searchGrievanceArticles } from "./grievance-articles";
import { searchGrievors } from "./grievor-search";

async function actor(email: string): Promise<Actor> {
  const u = await (await db()).user.findUniqueOrThrow({ where: { email } });
  return loadActor(u.id);
}
const agreementId = async (rulesId: string) => (await (await db()).agreement.findUniqueOrThrow({ where: { rulesId } })).id;

describe("the grievance form's article picker", () => {
  it("an id prefix lists SD73 C.2 (Seniority) first, then its clauses C.2.1 … in document order", async () => {
    const picks = await searchGrievanceArticles(await actor("steward.ktta@accord.test"), await agreementId("sd73-teachers"), "c.2");
    expect(picks[0]).toEqual({ id: "C.2", heading: "SENIORITY" });
    expect(picks.slice(1, 3).map((p) => p.id)).toEqual(["C.2.1", "C.2.2"]);
    expect(picks.length).toBeLessThanOrEqual(10);
  });

  it("words find A.6 Grievance Procedure by its heading; an SD71 clause id finds 12.02 and 12.02(a)", async () => {
    const ktta = await searchGrievanceArticles(await actor("steward.ktta@accord.test"), await agreementId("sd73-teachers"), "grievance procedure");
    expect(ktta.map((p) => p.id)).toContain("A.6");
    const cupe = await searchGrievanceArticles(await actor("steward.cupe439@accord.test"), await agreementId("sd71-cupe439"), "12.02");
    expect(cupe.map((p) => p.id).slice(0, 2)).toEqual(["12.02", "12.02(a)"]);
  });

  it("returns only ids the form accepts (no 'Appendix A'), and nothing for another local's agreement", async () => {
    const ktta = await actor("steward.ktta@accord.test");
    const words = await searchGrievanceArticles(ktta, await agreementId("sd73-teachers"), "salary");
    expect(words.length).toBeGreaterThan(0);
    expect(words.every((p) => /^(LOU \d+|[A-Z]\.\d+(\.[0-9a-z]+)*|\d{1,2}\.\d{2}(\([a-z0-9]+\))*)$/.test(p.id))).toBe(true);
    expect(await searchGrievanceArticles(ktta, await agreementId("sd71-cupe439"), "12.02")).toEqual([]);
  });
});

describe("the grievor picker", () => {
  it("shows each match by name and number with the position and school held today", async () => {
    const prisma = await db();
    const p = await prisma.position.findFirstOrThrow({
      where: { endDate: null, schoolId: { not: null }, employee: { agreement: { rulesId: "sd73-teachers" } } },
      select: { title: true, school: { select: { name: true } }, employee: { select: { employeeNumber: true, firstName: true, lastName: true } } },
    });
    const rows = await searchGrievors(await actor("steward.ktta@accord.test"), await agreementId("sd73-teachers"), p.employee!.employeeNumber, "2026-12-06");
    expect(rows[0]).toMatchObject({ number: p.employee!.employeeNumber, name: `${p.employee!.firstName} ${p.employee!.lastName}`, role: p.title, school: p.school!.name });
  });
});
