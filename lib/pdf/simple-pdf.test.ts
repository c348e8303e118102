import { describe, expect, it } from "vitest";
import { renderPdf } from "./simple-pdf";

const text = (b: Uint8Array) => Buffer.from(b).toString("latin1");

describe("renderPdf", () => {
  it("writes a well-formed PDF whose xref offsets point at each object", () => {
    const pdf = text(renderPdf([{ kind: "text", text: "Confirmation of Genuine Consultation", bold: true, size: 16 }, { kind: "rule" }, { kind: "text", text: "Signed: Hugo (HR) – O’Brien (local)" }], { title: "LIF form" }));
    expect(pdf.startsWith("%PDF-1.4")).toBe(true);
    expect(pdf.trimEnd().endsWith("%%EOF")).toBe(true);
    const xrefAt = Number(pdf.match(/startxref\n(\d+)/)![1]);
    expect(pdf.slice(xrefAt, xrefAt + 4)).toBe("xref");
    const offsets = [...pdf.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((o, i) => expect(pdf.slice(o, o + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
    expect(pdf).toContain("(Signed: Hugo \\(HR\\) \x96 O\x92Brien \\(local\\)) Tj");
  });

  it("wraps long text and starts new pages when the page is full", () => {
    const long = Array.from({ length: 120 }, (_, i) => ({ kind: "text" as const, text: `Line ${i} ` + "word ".repeat(40) }));
    const pdf = text(renderPdf(long, { title: "t" }));
    const count = Number(pdf.match(/\/Count (\d+)/)![1]);
    expect(count).toBeGreaterThan(5);
    expect(pdf).toContain(`page ${count} of ${count}`);
  });
});
