import { describe, expect, it } from "vitest";
import { pdfText } from "@/lib/test/pdf-text";
import { ttocStatementPdf } from "./ttoc-statement";

const line = (date: string, totalCents: number, wageCents: number, extra = {}) => ({ date, kind: "PAY", paidFractionMilli: 1000, wageCents, inLieuCents: totalCents - wageCents, totalCents, citations: ["B.2.6", "B.2.5"], steps: ["Daily rate = $86,189.00 ÷ 189 = $456.026455 (B.2.6)."], reason: null, ref: null, ...extra });
const statement = (firstName: string, lastName: string) => ttocStatementPdf({
  district: "Kamloops-Thompson", periodStart: "2025-01-06", periodEnd: "2025-01-17", status: "approved",
  employee: { employeeNumber: "730010", firstName, lastName },
  lines: [line("2025-01-08", 46703, 45603), line("2025-01-09", 48392, 47292), line("2025-01-08", 1689, 1689, { kind: "ADJUSTMENT", paidFractionMilli: 0, reason: "retroactive step", ref: "the line of 2025-01-08 in the approved period 2025-01-06 to 2025-01-17" })],
});

describe("TTOC pay statement (PDF)", { timeout: 30_000 }, () => {
  it("B.2.7: lists each line with its articles and arithmetic and totals the semi-monthly period ($467.03 + $483.92 + $16.89 = $967.84)", async () => {
    const pdf = await statement("Ida", "Lee");
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("Lee, Ida — employee number 730010");
    expect(text).toContain("2025-01-08 — callout: wage $456.03 + in lieu of benefits $11.00 = $467.03");
    expect(text).toContain("B.2.6, B.2.5");
    expect(text).toContain("1. Daily rate = $86,189.00 ÷ 189 = $456.026455 (B.2.6).");
    expect(text).toContain("adjustment of the line of 2025-01-08");
    expect(text).toContain("Total for the period: $967.84");
    expect(text).toContain("In lieu of benefits (B.2.5): $22.00");
    expect(text).toContain("page 1 of 1");
  });

  it("B.2.7: the table aligns amounts in right-hand columns under their headers", async () => {
    const rows = pdfText(await statement("Ida", "Lee"), { layout: true }).split("\n");
    const head = rows.find((r) => r.includes("Wage") && r.includes("Total"))!;
    const first = rows.find((r) => r.includes("$456.03") && r.includes("$467.03"))!;
    expect(first.indexOf("$467.03") + "$467.03".length).toBe(head.indexOf("Total") + "Total".length);
  });

  it("prints a name with combining marks and a Vietnamese name as written", async () => {
    expect(pdfText(await statement("Sḵwx̱wú7mesh", "Tk̓emlúps te Secwépemc"))).toContain("Tk̓emlúps te Secwépemc, Sḵwx̱wú7mesh");
    expect(pdfText(await statement("Thị Phương", "Nguyễn"))).toContain("Nguyễn, Thị Phương");
  });

  it("prints a Chinese name (CJK fallback font) and a Vietnamese name as written, in the heading and on every page header", async () => {
    const cjk = pdfText(await statement("志明", "陈"));
    expect(cjk).toContain("陈, 志明 — employee number 730010");
    expect(cjk).toContain("TTOC pay statement — 陈, 志明 (730010)");
    expect(pdfText(await statement("Thị Minh Khai", "Nguyễn"))).toContain("Nguyễn, Thị Minh Khai — employee number 730010");
  });
});
