import { describe, expect, it } from "vitest";
import { validateEntries } from "./validate";
import type { LedgerRecord } from "./types";

const rec = (r: Partial<LedgerRecord> & Pick<LedgerRecord, "kind" | "startDate">): LedgerRecord => ({ endDate: null, fteMilli: null, quantity: null, reason: null, ...r });
const ledger = (employmentType: string, records: LedgerRecord[], entries: LedgerRecord[]) => [{ hireDate: "2020-09-01", employmentType, records, entries: entries.map((record, index) => ({ index, record })) }];

describe("ledger entries refused before anything is saved", () => {
  it("a temporary contract overlapping the open continuing appointment is refused on its start date (C.2.4 counts service once)", () => {
    const e = validateEntries(ledger("CONTINUING", [rec({ kind: "APPOINTMENT", startDate: "2020-09-01" })], [rec({ kind: "TEMPORARY_CONTRACT", startDate: "2024-01-08", endDate: "2024-06-28" })]));
    expect(e).toEqual([{ index: 0, field: "startDate", message: "overlaps the appointment from 2020-09-01 to open in the ledger" }]);
  });

  it("two contracts in the same batch that overlap are refused; back-to-back contracts are not", () => {
    const batch = [rec({ kind: "TEMPORARY_CONTRACT", startDate: "2024-09-03", endDate: "2025-01-31" }), rec({ kind: "TEMPORARY_CONTRACT", startDate: "2025-01-31", endDate: "2025-06-27" })];
    expect(validateEntries(ledger("TEMPORARY", [], batch))).toMatchObject([{ index: 1, field: "startDate" }]);
    batch[1].startDate = "2025-02-01";
    expect(validateEntries(ledger("TEMPORARY", [], batch))).toEqual([]);
  });

  it("a leave ending before it starts is refused on its end date", () => {
    expect(validateEntries(ledger("CONTINUING", [], [rec({ kind: "LEAVE", startDate: "2024-11-02", endDate: "2024-09-03" })]))).toEqual([
      { index: 0, field: "endDate", message: "ends (2024-09-03) before it starts (2024-11-02)" },
    ]);
  });

  it("hours on a day with no employment are refused: before the hire date, or outside every appointment of a regular employee", () => {
    expect(validateEntries(ledger("TEMPORARY", [], [rec({ kind: "HOURS_WORKED", startDate: "2020-08-31", quantity: 700 })]))[0].message).toBe("no employment on 2020-08-31: before the hire date 2020-09-01");
    const regular = [rec({ kind: "APPOINTMENT", startDate: "2021-01-04", endDate: "2021-06-30" })];
    expect(validateEntries(ledger("REGULAR", regular, [rec({ kind: "HOURS_WORKED", startDate: "2021-06-28", endDate: "2021-07-02", quantity: 3500 })]))).toEqual([
      { index: 0, field: "startDate", message: "no employment on 2021-07-01: outside every appointment and contract" },
    ]);
    expect(validateEntries(ledger("TEMPORARY", [], [rec({ kind: "HOURS_WORKED", startDate: "2021-06-28", quantity: 700 })]))).toEqual([]);
  });
});
