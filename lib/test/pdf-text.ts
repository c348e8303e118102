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
