import { describe, expect, it } from "vitest";
import { checkNewEvent, effectiveEvents } from "./events";
import { workflowFor } from "./workflows";
import type { GrievanceFacts } from "./types";

const g: GrievanceFacts = { agreement: "sd73-teachers", type: "LOCAL_MATTER", policy: false, violationDate: "2025-01-10", awarenessDate: null };
const raised = [{ id: "a", type: "STEP1_MEETING_REQUESTED", date: "2025-01-20" }];
const open = [{ ruleId: "step2-referral", due: "2025-02-03" }];

describe("recording grievance events (A.6.9.b, 12.02(d))", () => {
  it("refuses an event dated in the future", () => {
    expect(checkNewEvent(g, raised, { type: "STEP1_MEETING_HELD", date: "2025-02-02" }, "2025-02-01", open).date).toMatch(/future/);
  });
  it("refuses an event dated before the violation", () => {
    expect(checkNewEvent(g, [], { type: "STEP1_MEETING_REQUESTED", date: "2025-01-09" }, "2025-02-01", []).date).toMatch(/before the date of violation/);
  });
  it("refuses an event dated before the last recorded event", () => {
    expect(checkNewEvent(g, raised, { type: "STEP1_MEETING_HELD", date: "2025-01-15" }, "2025-02-01", open).date).toMatch(/before the last recorded event/);
  });
  it("refuses a Step One request after the Step Three referral (out of order, A.6.4.a)", () => {
    const ev = [...raised, { id: "b", type: "STEP3_REFERRED", date: "2025-01-25" }];
    expect(checkNewEvent(g, ev, { type: "STEP1_MEETING_REQUESTED", date: "2025-01-27" }, "2025-02-01", []).type).toMatch(/Out of order/);
  });
  it("refuses an extension without its new date (A.6.9.b)", () => {
    expect(checkNewEvent(g, raised, { type: "EXTENSION_AGREED", date: "2025-01-22", ruleId: "step2-referral" }, "2025-02-01", open).newDue).toMatch(/new date/);
  });
  it("refuses an extension to a date not after the current due date 2025-02-03 (A.6.3.a)", () => {
    expect(checkNewEvent(g, raised, { type: "EXTENSION_AGREED", date: "2025-01-22", ruleId: "step2-referral", newDue: "2025-02-03" }, "2025-02-01", open).newDue).toMatch(/2025-02-03/);
  });
  it("accepts a valid extension and a valid next step", () => {
    expect(checkNewEvent(g, raised, { type: "EXTENSION_AGREED", date: "2025-01-22", ruleId: "step2-referral", newDue: "2025-02-28" }, "2025-02-01", open)).toEqual({});
    expect(checkNewEvent(g, raised, { type: "STEP2_REFERRED", date: "2025-01-31" }, "2025-02-01", open)).toEqual({});
  });
  it("refuses any step after the grievance is settled", () => {
    const ev = [...raised, { id: "s", type: "SETTLED", date: "2025-01-22" }];
    expect(checkNewEvent(g, ev, { type: "STEP2_REFERRED", date: "2025-01-31" }, "2025-02-01", []).type).toMatch(/closed/);
  });
  it("refuses ending an abeyance that was never started", () => {
    expect(checkNewEvent(g, raised, { type: "PAUSE_ENDED", date: "2025-01-22" }, "2025-02-01", open).type).toMatch(/not stopped/);
  });
  it("refuses a Step 1 notice on an SD71 policy grievance, which starts at Step 2 (12.02(b))", () => {
    const p: GrievanceFacts = { agreement: "sd71-cupe439", type: "POLICY", policy: true, violationDate: "2025-01-10", awarenessDate: null };
    expect(checkNewEvent(p, [], { type: "STEP1_NOTICE_GIVEN", date: "2025-01-13" }, "2025-02-01", []).type).toMatch(/does not apply/);
  });
  it("a correction replaces the corrected event, which stays in the log", () => {
    const ev = [...raised, { id: "c", type: "STEP1_MEETING_REQUESTED", date: "2025-01-21", correctsId: "a" }];
    expect(effectiveEvents(ev).map((e) => e.id)).toEqual(["c"]);
    expect(checkNewEvent(g, raised, { type: "STEP1_MEETING_REQUESTED", date: "2025-01-18", correctsId: "a" }, "2025-02-01", open)).toEqual({});
  });
  it("every workflow names only known events and time limits (validated at load)", () => {
    expect(Object.keys(workflowFor("sd73-teachers").events)).toContain("EXTENSION_AGREED");
    expect(workflowFor("sd71-cupe439").rules.find((r) => r.id === "policy-step2")?.article).toBe("12.02(b)");
    expect(() => workflowFor("sd99")).toThrow(/no grievance workflow/);
  });
});
