import { describe, expect, it } from "vitest";
import { day, iso } from "./days";
import { sd73DaysAsOf, sd73Ledger } from "./sd73-ledger";
import { encodeSd73, sd73DaysAsOfEncoded } from "./sd73-encoded";
import type { LedgerRecord } from "./types";

const rec = (r: Partial<LedgerRecord> & Pick<LedgerRecord, "kind" | "startDate">): LedgerRecord => ({ endDate: null, fteMilli: null, quantity: null, reason: null, ...r });
const teacher = { employmentType: "CONTINUING", classification: "Teacher", hireDate: "2015-08-20", applicationDate: null };

describe("the encoded SD73 summary gives the same figures as the ledger (C.2.5)", () => {
  it("on every date from 2015 to 2027 for a ledger of contracts, TTOC days, a leave, a layoff and ported years", () => {
    const records = [
      rec({ kind: "TTOC_DAYS", startDate: "2015-09-08", endDate: "2016-06-29", quantity: 211 }),
      rec({ kind: "TEMPORARY_CONTRACT", startDate: "2016-09-06", endDate: "2017-01-31", reason: "TERM" }),
      rec({ kind: "APPOINTMENT", startDate: "2017-09-05" }),
      rec({ kind: "PORTED_SENIORITY", startDate: "2017-09-05", quantity: 567 }),
      rec({ kind: "LEAVE", startDate: "2019-09-03", endDate: "2020-01-31", reason: "long-term-unpaid" }),
      rec({ kind: "LAYOFF", startDate: "2022-07-01" }),
      rec({ kind: "RECALL", startDate: "2023-09-05" }),
    ];
    const l = sd73Ledger(teacher, records, day("2027-06-30"));
    const text = encodeSd73(l);
    for (let x = day("2015-01-01"); x <= day("2027-06-30"); x += 5) {
      const a = sd73DaysAsOf(l, x), b = sd73DaysAsOfEncoded(text, x);
      expect(b.days, iso(x)).toBeCloseTo(a.days, 9);
      expect(b.aggregate, iso(x)).toBeCloseTo(a.aggregate, 9);
    }
    expect(sd73DaysAsOfEncoded(text, day("2027-06-30")).days).toBeCloseTo(sd73DaysAsOf(l, day("2027-06-30")).days, 9);
  });
});
