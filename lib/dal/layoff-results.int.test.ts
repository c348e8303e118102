import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "./actor";
import { layoffFormOptions, runWhatIf } from "./layoffs";

const actor = async (email: string) => loadActor((await (await db()).user.findUniqueOrThrow({ where: { email } })).id);
const cuid = /\bc[a-z0-9]{20,}\b/;

describe("What a layoff what-if shows on the demo data (nothing is saved)", () => {
  it("C.12.1.b.i: a 0.1 FTE cut lays off a whole teacher and says why more than the cut goes; seniority reads as on the list", async () => {
    const r = await runWhatIf(await actor("hr.sd73@accord.test"), "sd73-teachers", { cut: { agreement: "sd73-teachers", kind: "fte", fteMilli: 100 }, effectiveDate: "2027-06-30" });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.result.totals.fteMilli).toBeGreaterThan(100);
    const last = r.result.laidOff.at(-1)!;
    expect(r.result.overCut?.why).toContain(`${last.name} (${last.employeeNumber})`);
    expect(last.seniority).toMatch(/^\d+\.\d{2} days \(\d+ y \d+ m \d+\.\d d\)$/);
  });

  it("17.04: the SD71 steps and picker name people and positions, never ids; each option can be found by title and number", async () => {
    const hr = await actor("hr.sd71@accord.test");
    const { groups } = await layoffFormOptions(hr, "sd71-cupe439");
    const custodian = groups.flatMap((g) => g.options).find((o) => o.search.includes("710256"))!;
    expect(custodian.search).toMatch(/Custodian/);
    expect(custodian.label).not.toMatch(cuid);
    const r = await runWhatIf(hr, "sd71-cupe439", { cut: { agreement: "sd71-cupe439", eliminate: [custodian.value], qualificationBasis: "classification" }, effectiveDate: "2027-06-30" });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.result.order.steps.join(" ")).not.toMatch(cuid);
    expect(r.result.order.steps.join(" ")).toContain("(710256)");
  });
});
