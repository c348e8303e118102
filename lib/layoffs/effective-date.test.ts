import { describe, expect, it } from "vitest";
import { sd71LayoffNotice } from "@/lib/rules";
import { defaultEffectiveDate, isPastDate } from "./effective-date";

describe("Default layoff effective date", () => {
  it.each([
    ["2026-12-05", "2026-12-31"],
    ["2026-12-31", "2027-06-30"],
    ["2027-01-01", "2027-06-30"],
    ["2027-06-29", "2027-06-30"],
    ["2027-06-30", "2027-12-31"],
    ["2027-07-01", "2027-12-31"],
  ])("SD73 (C.12.1.b.ii): on %s the next term end is %s", (today, expected) => {
    expect(defaultEffectiveDate("sd73-teachers", today)).toBe(expected);
  });

  it.each(["2026-12-05", "2027-03-15", "2027-06-30"])("SD71 (17.03): on %s the default is the first day that notice given that day still reaches in time", (today) => {
    const d = defaultEffectiveDate("sd71-cupe439", today);
    expect(d > today).toBe(true);
    expect(sd71LayoffNotice({ effectiveDate: d }).latestNoticeDate >= today).toBe(true);
    const before = new Date(Date.parse(d + "T00:00:00Z") - 86_400_000).toISOString().slice(0, 10);
    expect(sd71LayoffNotice({ effectiveDate: before }).latestNoticeDate < today).toBe(true);
  });

  it("a date before today has passed; today and later have not; a half-typed date is not judged", () => {
    expect(isPastDate("2026-06-30", "2026-12-05")).toBe(true);
    expect(isPastDate("2026-12-05", "2026-12-05")).toBe(false);
    expect(isPastDate("2026-12-31", "2026-12-05")).toBe(false);
    expect(isPastDate("", "2026-12-05")).toBe(false);
  });
});
