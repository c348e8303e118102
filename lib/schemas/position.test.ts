import { describe, expect, it } from "vitest";
import { z } from "zod";
import { NewPositionSchema, PositionSchema, fteMilliOf } from "./position";

const errors = (r: { success: boolean; error?: z.ZodError }) => (r.success ? {} : z.flattenError(r.error!).fieldErrors);

describe("a position as the HR clerk enters it", () => {
  it("reads an FTE of 1, 0.5, .5 or 0.125 in thousandths", () => {
    for (const [fte, milli] of [["1", 1000], ["1.000", 1000], ["0.5", 500], [".5", 500], ["0.125", 125]] as const) {
      const r = PositionSchema.safeParse({ title: "Teacher", school: "", fte });
      expect(r.success && fteMilliOf(r.data.fte)).toBe(milli);
    }
  });

  it("refuses a missing title, an FTE over 1, of 0, or with words, each in plain words on its field", () => {
    expect(errors(PositionSchema.safeParse({ title: " ", school: "", fte: "1.5" }))).toEqual({
      title: ["Enter the position's title"],
      fte: ["The FTE must be a number from 0 to 1 with at most three decimals, e.g. 1 or 0.5"],
    });
    expect(errors(PositionSchema.safeParse({ title: "Teacher", school: "", fte: "0" }))).toEqual({ fte: ["The FTE must be more than 0"] });
    expect(errors(PositionSchema.safeParse({ title: "Teacher", school: "", fte: "" }))).toEqual({ fte: ["Enter the FTE, e.g. 1 or 0.5"] });
  });

  it("needs a start date for a new position", () => {
    expect(errors(NewPositionSchema.safeParse({ title: "Teacher", school: "", fte: "1", startDate: "" }))).toEqual({ startDate: ["Enter the start date (YYYY-MM-DD)"] });
  });
});
