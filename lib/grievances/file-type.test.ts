import { describe, expect, it } from "vitest";
import { cleanFileName, contentDisposition, sniffType } from "./file-type";

const bytes = (...xs: number[]) => new Uint8Array(xs);
const text = (s: string) => new TextEncoder().encode(s);

describe("document type by magic bytes", () => {
  it("recognizes PDF, PNG and JPEG signatures whatever the name says", () => {
    expect(sniffType(text("%PDF-1.7\n…"))).toBe("application/pdf");
    expect(sniffType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe("image/png");
    expect(sniffType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe("image/jpeg");
  });
  it("accepts a UTF-8 letter as plain text", () => {
    expect(sniffType(text("Dear Superintendent,\r\nRe: grievance KTTA-2025-001 — Article C.2.1\n"))).toBe("text/plain");
  });
  it("refuses an executable, a ZIP (e.g. .docx), invalid UTF-8 and an empty file", () => {
    expect(sniffType(bytes(0x4d, 0x5a, 0x90, 0x00))).toBeNull(); // MZ
    expect(sniffType(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toBeNull(); // PK zip
    expect(sniffType(bytes(0x61, 0xc3, 0x28))).toBeNull();
    expect(sniffType(new Uint8Array())).toBeNull();
  });
  it("keeps only the base name and writes an RFC 6266 header with a UTF-8 name", () => {
    expect(cleanFileName("C:\\Users\\x\\Lettre d'été.pdf", "application/pdf")).toBe("Lettre d'été.pdf");
    expect(cleanFileName("  ", "text/plain")).toBe("document.txt");
    expect(cleanFileName("letter.txt", "application/pdf")).toBe("letter.txt.pdf");
    expect(cleanFileName("scan.JPEG", "image/jpeg")).toBe("scan.JPEG");
    // A right-to-left override would show "invoice\u202Efdp.exe" as "invoiceexe.pdf".
    expect(cleanFileName("invoice\u202Egpj.pdf", "application/pdf")).toBe("invoicegpj.pdf");
    expect(cleanFileName("a\u2066b\u2069\u0000.txt", "text/plain")).toBe("ab.txt");
    expect(contentDisposition("Lettre été.pdf")).toBe(`attachment; filename="Lettre _t_.pdf"; filename*=UTF-8''Lettre%20%C3%A9t%C3%A9.pdf`);
  });
});
