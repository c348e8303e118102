import { describe, expect, it } from "vitest";
import { moneyInput } from "./money-input";

describe("moneyInput (LIF allocation and every money field)", () => {
  const m = moneyInput();
  it.each([
    ["$1,905,000", 190_500_000],
    ["1905000.00", 190_500_000],
    ["1905000", 190_500_000],
    [" $ 1,905,000.5 ", 190_500_050],
    ["22.71", 2271],
    ["$0.05", 5],
  ])("reads %s as %i cents", (input, cents) => {
    expect(m.parse(input)).toBe(cents);
  });
  it.each(["", "1,90", "12,34,567", "1.234", "-5", "abc", "1905000.001"])("refuses %j with a plain message", (input) => {
    const r = m.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/amount in dollars/);
  });
});
