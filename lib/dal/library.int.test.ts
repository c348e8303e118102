import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importAgreementArticles } from "@/prisma/import-articles";
import { loadActor, type Actor } from "./actor";
import { NotFoundError } from "./errors";
import { articlePreview, getArticle, getLibraryAgreement, listLibraryAgreements, resolveArticle } from "./library";
import { searchArticles } from "./library-search";

async function actor(email: string): Promise<Actor> {
  const u = await (await db()).user.findUniqueOrThrow({ where: { email } });
  return loadActor(u.id);
}

describe("agreement library (lib/dal/library)", () => {
  it("the seeded import holds both agreements' articles, and re-running it changes nothing", async () => {
    const prisma = await db();
    const ids = async (rulesId: string) =>
      (await prisma.agreementArticle.findMany({ where: { agreement: { rulesId } }, select: { articleId: true } })).map((a) => a.articleId);
    expect(await ids("sd73-teachers")).toEqual(expect.arrayContaining(["A.6", "B.2", "C.2", "C.12", "C.14", "LOU 1", "LOU 11", "LOU 45", "Appendix A"]));
    expect(await ids("sd71-cupe439")).toEqual(expect.arrayContaining(["12.02", "15.04", "17.08", "21.01", "Hourly Wage Schedule", "Wage Increases and Trades Adjustment"]));
    const again = await importAgreementArticles(prisma);
    expect(again.map((s) => s.created + s.updated + s.deleted)).toEqual([0, 0]);
  });

  it("a search for 'teacher teaching on call' ranks B.2 and C.14 first among SD73 results", async () => {
    const a = await actor("admin@accord.test");
    const hits = await searchArticles(a, { q: "teacher teaching on call", agreement: "sd73-teachers" });
    expect(new Set(hits.slice(0, 2).map((h) => h.articleId))).toEqual(new Set(["B.2", "C.14"]));
    expect(hits[0].snippet).toMatch(/\u0002/);
  });

  it("a phrase search for \"severance pay\" over both agreements finds 17.08 (SD71) and C.12 (SD73)", async () => {
    const a = await actor("admin@accord.test");
    const hits = await searchArticles(a, { q: '"severance pay"' });
    const found = hits.map((h) => `${h.agreement}/${h.articleId}`);
    expect(found).toEqual(expect.arrayContaining(["sd71-cupe439/17.08", "sd73-teachers/C.12"]));
  });

  it("a CUPE 439 steward searches and reads only the SD71 agreement", async () => {
    const a = await actor("steward.cupe439@accord.test");
    expect((await listLibraryAgreements(a)).map((x) => x.rulesId)).toEqual(["sd71-cupe439"]);
    const hits = await searchArticles(a, { q: "seniority" });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.agreement))).toEqual(new Set(["sd71-cupe439"]));
    expect(await searchArticles(a, { q: "seniority", agreement: "sd73-teachers" })).toEqual([]);
    await expect(getLibraryAgreement(a, "sd73-teachers")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getArticle(a, "sd73-teachers", "B.2")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("citations resolve to their article and clause: B.2.6, A.6.2.b, 12.04(a)(3), LOU 11; an unknown id to nothing", async () => {
    const admin = await actor("admin@accord.test");
    expect(await resolveArticle(admin, "sd73-teachers", "B.2.6")).toMatchObject({ articleId: "B.2", anchor: "B.2.6", href: "/agreements/sd73-teachers/articles/B.2#B.2.6" });
    expect(await resolveArticle(admin, "sd73-teachers", "A.6.2.b")).toMatchObject({ articleId: "A.6", anchor: "A.6.2.b" });
    expect(await resolveArticle(admin, "sd73-teachers", "LOU 11")).toMatchObject({ articleId: "LOU 11", exact: true });
    expect(await resolveArticle(admin, "sd71-cupe439", "12.04(a)(3)")).toMatchObject({ articleId: "12.04", anchor: "12.04(a)(3)" });
    expect(await resolveArticle(admin, "sd71-cupe439", "Q.77")).toBeNull();
  });

  it("the preview of B.2.6 gives the heading and the clause's first lines (1/189, Category 5 Step 8)", async () => {
    const admin = await actor("admin@accord.test");
    const p = await articlePreview(admin, "sd73-teachers", "B.2.6");
    expect(p).toMatchObject({ articleId: "B.2", heading: "TTOC PAY AND BENEFITS", anchor: "B.2.6" });
    expect(p!.excerpt).toMatch(/^6\. Rate of Pay: An Employee who is employed as a TTOC shall be paid 1\/189 .* Category 5 Step 8/);
  });
});
