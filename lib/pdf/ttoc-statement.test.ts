import { describe, expect, it } from "vitest";
import { ttocStatementPdf } from "./ttoc-statement";

const text = (b: Uint8Array) => Buffer.from(b).toString("latin1");
const line = (date: string, totalCents: number, wageCents: number, extra = {}) => ({ date, kind: "PAY", paidFractionMilli: 1000, wageCents, inLieuCents: totalCents - wageCents, totalCents, citations: ["B.2.6", "B.2.5"], steps: ["Daily rate = $86,189.00 ÷ 189 = $456.026455 (B.2.6)."], reason: null, ref: null, ...extra });

describe("TTOC pay statement (PDF)", () => {
  it("B.2.7: lists each line with its articles and arithmetic and totals the semi-monthly period ($467.03 + $483.92 + $16.89 = $967.84)", () => {
    const pdf = text(ttocStatementPdf({
      district: "Kamloops-Thompson", periodStart: "2025-01-06", periodEnd: "2025-01-17", status: "approved",
      employee: { employeeNumber: "730010", firstName: "Ida", lastName: "Lee" },
      lines: [line("2025-01-08", 46703, 45603), line("2025-01-09", 48392, 47292), line("2025-01-08", 1689, 1689, { kind: "ADJUSTMENT", paidFractionMilli: 0, reason: "retroactive step", ref: "the line of 2025-01-08 in the approved period 2025-01-06 to 2025-01-17" })],
    }));
    expect(pdf.startsWith("%PDF-1.4")).toBe(true);
    expect(pdf).toContain("Lee, Ida \x97 employee number 730010");
    expect(pdf).toContain("2025-01-08 \x97 1 day: wage $456.03 + in lieu of benefits $11.00 = $467.03");
    expect(pdf).toContain("Articles: B.2.6, B.2.5");
    expect(pdf).toContain("1. Daily rate = $86,189.00 \xf7 189 = $456.026455 \\(B.2.6\\).");
    expect(pdf).toContain("adjustment of the line of 2025-01-08");
    expect(pdf).toContain("Total for the period: $967.84");
    expect(pdf).toContain("In lieu of benefits \\(B.2.5\\): $22.00");
  });
});
