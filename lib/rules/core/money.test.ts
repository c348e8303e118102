import { describe, expect, it } from "vitest";
import { centsToDecimal, formatCents, parseDollars, roundCents, exactDollars } from "./money";
import { add, div, fromDecimal, mul, rat, roundHalfUp, toFixed, ceil, floor } from "./rational";

describe("exact money arithmetic", () => {
  it("B.2.6: 86,189 / 189 is 456.026455… exactly, never a binary float", () => {
    const daily = div(rat(8618900), rat(189));
    expect(exactDollars(daily)).toBe("456.026455");
    expect(roundCents(daily)).toBe(45603);
  });
  it("rounds half up at exactly half a cent, and down below it", () => {
    expect(roundHalfUp(rat(5, 2))).toBe(3n);
    expect(roundHalfUp(rat(-5, 2))).toBe(-2n);
    expect(roundHalfUp(rat(2499, 1000))).toBe(2n);
    expect(roundCents(rat(233513228, 10000))).toBe(23351); // $233.513228 → $233.51
  });
  it("reads decimals exactly: 0.1 + 0.2 is 0.3", () => {
    expect(add(fromDecimal(0.1)!, fromDecimal(0.2)!)).toEqual(fromDecimal("0.3"));
    expect(fromDecimal(1e-7)).toEqual(rat(1, 10000000));
    expect(fromDecimal(Number.NaN)).toBeNull();
    expect(fromDecimal("abc")).toBeNull();
  });
  it("formats and parses dollars", () => {
    expect(formatCents(9997200)).toBe("$99,972.00");
    expect(centsToDecimal(46703)).toBe("467.03");
    expect(parseDollars("156.43")).toBe(15643);
    expect(() => parseDollars("1.005")).toThrow(RangeError);
    expect(toFixed(mul(rat(1, 3), rat(1)), 4)).toBe("0.3333");
    expect(ceil(rat(7, 2))).toBe(4n);
    expect(floor(rat(-7, 2))).toBe(-4n);
  });
});
