// Test helper: the text of a PDF as a reader would copy it, through poppler's pdftotext (Debian poppler-utils).
import { execFileSync } from "node:child_process";

export function pdfText(pdf: Uint8Array, opts: { layout?: boolean } = {}): string {
  return execFileSync("pdftotext", [...(opts.layout ? ["-layout"] : []), "-enc", "UTF-8", "-", "-"], { input: Buffer.from(pdf), encoding: "utf8" }).normalize("NFC");
}

/** Number of pages, from pdfinfo. */
export function pdfPages(pdf: Uint8Array): number {
  const info = execFileSync("pdfinfo", ["-"], { input: Buffer.from(pdf), encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

export interface PdfWord { text: string; xMin: number; xMax: number; yMin: number; yMax: number }

/** Each word with its box in points (pdftotext -bbox), first page only unless `page` is given. */
export function pdfWords(pdf: Uint8Array, page = 1): PdfWord[] {
  const html = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), "-enc", "UTF-8", "-", "-"], { input: Buffer.from(pdf), encoding: "utf8" });
  const unescape = (s: string) => s.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"');
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: unescape(m[5]).normalize("NFC") }));
}
