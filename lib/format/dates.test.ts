import { describe, expect, it } from "vitest";
import { deadlineText, relativeDays, weekdayDate } from "./dates";

describe("weekdayDate", () => {
  it("shows the weekday, and the year only when it is not the current one", () => {
    expect(weekdayDate("2026-12-15", "2026-12-05")).toBe("Tue Dec 15");
    expect(weekdayDate("2027-01-04", "2026-12-05")).toBe("Mon Jan 4, 2027");
    expect(weekdayDate("2026-12-04")).toBe("Fri Dec 4, 2026");
  });
});

describe("relativeDays", () => {
  it("reads past dates as 'ago', never as a negative count", () => {
    expect(relativeDays("2021-06-30", "2026-12-05")).toBe("5 years ago");
    expect(relativeDays("2026-12-04", "2026-12-05")).toBe("yesterday");
    expect(relativeDays("2026-12-15", "2026-12-05")).toBe("in 10 days");
    expect(relativeDays("2027-02-05", "2026-12-05")).toBe("in 2 months");
  });
});

describe("deadlineText", () => {
  it("an overdue item names the date and the working days it is late (never 'Overdue (0)')", () => {
    expect(deadlineText({ due: "2026-12-04", workingDaysLeft: -1 }, "2026-12-07")).toBe("Overdue since Fri Dec 4 (1 working day)");
  });
  it("A.6.3.a: a window with no outer limit shows the earliest date, not days left", () => {
    expect(deadlineText({ due: "2026-12-15", workingDaysLeft: 6, noOuterLimit: true }, "2026-12-07")).toBe("Earliest date: Tue Dec 15 — no outer limit");
  });
  it("a future due date shows the working days left", () => {
    expect(deadlineText({ due: "2026-12-15", workingDaysLeft: 6 }, "2026-12-07")).toBe("Due Tue Dec 15 — 6 working days left");
  });
});
