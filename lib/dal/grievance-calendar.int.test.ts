import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sd73TimeLimit } from "@/lib/rules/sd73-teachers/time-limits";
import { workingDaysUntil } from "@/lib/rules/grievances";
import { loadActor, type Actor } from "./actor";
import { createGrievance } from "./grievance-writes";
import { overdueItems } from "./grievance-calendar";

const TAG = "INT-TEST month overdue";
const TODAY = "2026-12-07";
async function actor(email: string): Promise<Actor> {
  const u = await (await db()).user.findUniqueOrThrow({ where: { email } });
  return loadActor(u.id);
}

afterAll(async () => {
  await (await db()).grievance.deleteMany({ where: { summary: { startsWith: TAG } } });
});

describe("the month view's overdue items", () => {
  it("list a KTTA policy grievance whose A.6.2.b Step One date passed, with the working days since on WD-A, and only to its local", async () => {
    const ktta = await actor("steward.ktta@accord.test");
    const agreementId = (await (await db()).agreement.findUniqueOrThrow({ where: { rulesId: "sd73-teachers" } })).id;
    const violation = "2026-09-21";
    const r = await createGrievance(ktta, {
      agreementId, type: "LOCAL_MATTER", policy: true, grievors: [], articles: ["C.2.1"], summary: `${TAG}: ${Math.random()}`, remedy: "Correct the list", violationDate: violation,
    }, TODAY);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const due = sd73TimeLimit({ rule: "grievance-step1", from: violation }).date;
    expect(due < TODAY).toBe(true);
    const item = (await overdueItems(ktta, TODAY)).find((i) => i.id === r.id);
    expect(item).toMatchObject({ due, article: "A.6.2.b", workingDaysLeft: workingDaysUntil("sd73-teachers", null, TODAY, due) });
    expect(item!.workingDaysLeft).toBeLessThan(0);
    expect((await overdueItems(await actor("steward.cupe439@accord.test"), TODAY)).some((i) => i.id === r.id)).toBe(false);
  });
});
