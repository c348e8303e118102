import { describe, expect, it } from "vitest";
import { InputError } from "@/lib/rules/core";
import { ttocCalloutFraction } from "./ttoc-times";

const school = { dayStart: "08:00", dayEnd: "16:00", lunchStart: "11:45" };

describe("TTOC callout times to a worked fraction (B.2.9.e, B.2.9.d)", () => {
  const cases: Array<[string, string, string, number, string]> = [
    ["a morning ending at the start of lunch is a half day (B.2.9.e)", "08:30", "11:45", 0.5, "morning"],
    ["a short morning callout still pays half a day (B.2.9.d)", "09:00", "10:00", 0.5, "morning"],
    ["an afternoon starting at the start of lunch is a half day (B.2.9.e)", "11:45", "15:00", 0.5, "afternoon"],
    ["a callout spanning the start of lunch is a full day (B.2.9.e)", "08:30", "15:00", 1, "full"],
    ["a callout ending one minute into lunch is a full day (B.2.9.e)", "08:30", "11:46", 1, "full"],
  ];
  for (const [name, start, end, fraction, half] of cases) {
    it(name, () => expect(ttocCalloutFraction({ start, end, school })).toMatchObject({ fraction, half, citations: ["B.2.9.e", "B.2.9.d"] }));
  }
  it("refuses times outside school hours and an end before the start, naming the field (B.2.9.e)", () => {
    expect(() => ttocCalloutFraction({ start: "07:00", end: "10:00", school })).toThrow(InputError);
    try { ttocCalloutFraction({ start: "09:00", end: "17:00", school }); } catch (e) { expect((e as InputError).field).toBe("end"); }
    expect(() => ttocCalloutFraction({ start: "10:00", end: "09:00", school })).toThrow(/before it starts/);
    expect(() => ttocCalloutFraction({ start: "9:00", end: "10:00", school })).toThrow(InputError);
  });
});
