import { describe, expect, it } from "vitest";
import { InputError } from "../core";
import { lifConsultationStatus, type LifStatusInput } from "./status";
import { LIF_CONFIRMATION_KEYS, LIF_CRITERION_KEYS } from "./criteria";
import { lifYearParams } from "./parameters";

const allMet = Object.fromEntries(LIF_CRITERION_KEYS.map((k) => [k, { district: true, local: true }]));
const confirmed = Object.fromEntries(LIF_CONFIRMATION_KEYS.map((k) => [k, true]));
const base: LifStatusInput = {
  today: "2024-05-01", deadline: "2024-06-07", meetings: [], criteria: {}, confirmations: {},
  districtSignedOn: null, localSignedOn: null, declinedOn: null, submittedOn: null,
};

const cases: Array<{ name: string; input: Partial<LifStatusInput>; status: string; days?: number }> = [
  { name: "no meeting yet is not started, 37 days before the June 7, 2024 deadline", input: {}, status: "not-started", days: 37 },
  { name: "a meeting booked after today is meeting scheduled", input: { meetings: ["2024-05-10"] }, status: "meeting-scheduled" },
  { name: "a meeting held with criteria outstanding is consulting", input: { meetings: ["2024-04-20"] }, status: "consulting" },
  { name: "a meeting held on today counts as held", input: { meetings: ["2024-05-01"] }, status: "consulting" },
  { name: "every criterion met by both parties but a confirmation missing is still consulting", input: { meetings: ["2024-04-20"], criteria: allMet, confirmations: { "mutual-respect": true } }, status: "consulting" },
  { name: "a criterion met by the district only is still consulting", input: { meetings: ["2024-04-20"], criteria: { ...allMet, concerns: { district: true, local: false } }, confirmations: confirmed }, status: "consulting" },
  { name: "all criteria by both parties and both confirmations is ready to sign", input: { meetings: ["2024-04-20"], criteria: allMet, confirmations: confirmed }, status: "ready-to-sign" },
  { name: "criteria complete but only a future meeting is not ready to sign", input: { meetings: ["2024-05-20"], criteria: allMet, confirmations: confirmed }, status: "meeting-scheduled" },
  { name: "the district's signature makes it signed by district", input: { meetings: ["2024-04-20"], criteria: allMet, confirmations: confirmed, districtSignedOn: "2024-05-01" }, status: "signed-by-district" },
  { name: "the local's signature completes the form", input: { meetings: ["2024-04-20"], criteria: allMet, confirmations: confirmed, districtSignedOn: "2024-04-30", localSignedOn: "2024-05-01" }, status: "signed-by-local" },
  { name: "a submitted form is submitted", input: { meetings: ["2024-04-20"], criteria: allMet, confirmations: confirmed, districtSignedOn: "2024-04-30", localSignedOn: "2024-05-01", submittedOn: "2024-05-01" }, status: "submitted" },
  { name: "the local declining is declined by local", input: { meetings: ["2024-04-20"], declinedOn: "2024-05-01" }, status: "declined-by-local" },
  { name: "past the deadline without the local's signature is overdue", input: { today: "2024-06-08", meetings: ["2024-04-20"], criteria: allMet, confirmations: confirmed, districtSignedOn: "2024-06-01" }, status: "overdue", days: -1 },
  { name: "on the deadline day itself it is not yet overdue", input: { today: "2024-06-07" }, status: "not-started", days: 0 },
  { name: "a form completed before the deadline stays complete after it", input: { today: "2024-09-01", meetings: ["2024-04-20"], criteria: allMet, confirmations: confirmed, districtSignedOn: "2024-05-01", localSignedOn: "2024-05-02" }, status: "signed-by-local" },
  { name: "a declined consultation stays declined after the deadline", input: { today: "2024-09-01", declinedOn: "2024-05-01" }, status: "declined-by-local" },
];

describe("LIF consultation status (LIF notice 2024-25)", () => {
  for (const c of cases) {
    it(c.name, () => {
      const r = lifConsultationStatus({ ...base, ...c.input });
      expect(r.status).toBe(c.status);
      if (c.days !== undefined) expect(r.daysToDeadline).toBe(c.days);
      expect(r.citations).toContain("LIF notice 2024-25");
      expect(r.steps.length).toBeGreaterThan(1);
    });
  }

  it("lists what is missing before the district may sign, naming the party", () => {
    const r = lifConsultationStatus({ ...base, meetings: ["2024-04-20"], criteria: { ...allMet, background: { district: true, local: false } }, confirmations: { "mutual-respect": true } });
    expect(r.missingForSignature).toEqual([
      '"Background information, including the amount of the LIF available to the district, was considered" is not yet marked met by the local.',
      'The district has not confirmed "(ii) There is legitimate intent to take into account the concerns of both parties".',
    ]);
  });

  it("overdue keeps the underlying progress", () => {
    const r = lifConsultationStatus({ ...base, today: "2024-06-10", meetings: ["2024-04-20"] });
    expect(r).toMatchObject({ status: "overdue", progress: "consulting", overdue: true, daysToDeadline: -3 });
  });

  it("refuses an impossible date, naming the field", () => {
    expect(() => lifConsultationStatus({ ...base, deadline: "2024-02-30" })).toThrow(InputError);
    try { lifConsultationStatus({ ...base, deadline: "2024-02-30" }); } catch (e) { expect((e as InputError).field).toBe("deadline"); }
  });

  it("the 2024-25 notice sets June 7, 2024 and BCPSEA; an unencoded year has no parameters", () => {
    expect(lifYearParams("2024-25")).toMatchObject({ deadline: "2024-06-07", recipient: expect.stringContaining("BCPSEA") });
    expect(lifYearParams("2031-32")).toBeNull();
  });
});
