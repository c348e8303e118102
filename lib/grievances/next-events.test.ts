import { describe, expect, it } from "vitest";
import { workflowFor } from "@/lib/rules/grievances";
import { nextEvents } from "./next-events";

const w = workflowFor("sd73-teachers");

describe("nextEvents (SD73 A.6)", () => {
  it("A.6.2: a new grievance is raised first: the Step One request comes first", () => {
    const n = nextEvents(w, [], "LOCAL_MATTER", false);
    expect(n.likely[0]).toBe("STEP1_MEETING_REQUESTED");
    expect(n.other).toContain("SETTLED");
  });
  it("A.6.3.a: after the Step One request, the meeting and the Step Two referral come next", () => {
    const n = nextEvents(w, [{ id: "1", type: "STEP1_MEETING_REQUESTED", date: "2026-11-02" }], "LOCAL_MATTER", false);
    expect(n.likely).toEqual(expect.arrayContaining(["STEP1_MEETING_HELD", "STEP2_REFERRED"]));
    expect(n.likely).not.toContain("STEP1_MEETING_REQUESTED");
  });
  it("A.6.3.a: a Step One meeting held with no request recorded is a skipped step (the Step Two period counts from the request)", () => {
    const n = nextEvents(w, [{ id: "1", type: "STEP1_MEETING_HELD", date: "2026-12-04" }], "LOCAL_MATTER", false);
    expect(n.skipped).toEqual(["STEP1_MEETING_REQUESTED"]);
    expect(n.last).toEqual({ type: "STEP1_MEETING_HELD", date: "2026-12-04" });
  });
});
