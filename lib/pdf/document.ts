// Printable documents through pdf-lib, with DejaVu Sans embedded (subset) so every name prints as written:
// combining marks ("Tk̓emlúps", "Sḵwx̱wú7mesh"), Vietnamese, and text widths measured from the font's own metrics.
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, PDFHexString, rgb, type PDFFont, type PDFPage } from "pdf-lib";

export interface PdfColumn { header: string; /** share of the text width */ width: number; align?: "left" | "right" }
export type PdfBlock =
  | { kind: "text"; text: string; size?: number; bold?: boolean; gapAfter?: number }
  | { kind: "rule"; gapAfter?: number }
  | { kind: "space"; height: number }
  | { kind: "table"; columns: PdfColumn[]; rows: string[][]; size?: number; gapAfter?: number };
export interface PdfMeta { title: string; /** printed at the top of every page, e.g. the list's date and article */ header?: string; footer?: string }

const PAGE_W = 612; // US Letter, points
const PAGE_H = 792;
const MARGIN = 54;
const WIDTH = PAGE_W - 2 * MARGIN;
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

let fontFiles: Promise<[Uint8Array, Uint8Array]> | undefined;
const loadFonts = () => (fontFiles ??= Promise.all([readFile(path.join(FONT_DIR, "DejaVuSans.ttf")), readFile(path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))]));

const advances = new WeakMap<PDFFont, Map<string, number>>();
/** A text's width from per-character advances (cached: laying out each candidate line with fontkit is slow). */
export function measure(font: PDFFont, text: string, size: number): number {
  let m = advances.get(font);
  if (!m) advances.set(font, (m = new Map()));
  let w = 0;
  for (const ch of text) {
    let a = m.get(ch);
    if (a === undefined) m.set(ch, (a = font.widthOfTextAtSize(ch, 1000)));
    w += a;
  }
  return (w * size) / 1000;
}

/**
 * Encodes text a character at a time, each character's glyph code cached: pdf-lib lays out every string with
 * fontkit, which took ~3 ms a cell (a 6,300-row list: 29 s, now 13 s). It keeps only glyph ids, not positions, so this
 * prints the same glyphs; combining marks in DejaVu are zero-width and overlay their base letter.
 */
function fastEncoding(font: PDFFont): PDFFont {
  const encode = font.encodeText.bind(font);
  const codes = new Map<string, string>();
  font.encodeText = (text: string) => {
    let hex = "";
    for (const ch of text) {
      let c = codes.get(ch);
      if (c === undefined) codes.set(ch, (c = encode(ch).asString()));
      hex += c;
    }
    return PDFHexString.of(hex);
  };
  return font;
}

/** Splits text into lines no wider than `width`, measured with the font; over-long words are broken. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => measure(font, s, size) <= width;
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (let word of para.split(/\s+/).filter(Boolean)) {
      const joined = line ? `${line} ${word}` : word;
      if (fits(joined)) { line = joined; continue; }
      if (line) lines.push(line);
      while (!fits(word)) {
        let n = word.length - 1;
        while (n > 1 && !fits(word.slice(0, n))) n--;
        lines.push(word.slice(0, n));
        word = word.slice(n);
      }
      line = word;
    }
    lines.push(line);
  }
  return lines;
}

/** Lays the blocks out on pages (tables repeat their header row on each page) and returns the PDF's bytes. */
export async function renderPdf(blocks: PdfBlock[], meta: PdfMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const [regularBytes, boldBytes] = await loadFonts();
  const regular = fastEncoding(await doc.embedFont(regularBytes, { subset: true }));
  const bold = fastEncoding(await doc.embedFont(boldBytes, { subset: true }));
  doc.setTitle(meta.title);
  doc.setProducer("Accord");
  doc.setCreator("Accord");
  const top = PAGE_H - MARGIN - (meta.header ? 18 : 0);
  let page: PDFPage = doc.addPage([PAGE_W, PAGE_H]);
  let y = top;
  let onNewPage: (() => void) | null = null;
  const newPage = () => { page = doc.addPage([PAGE_W, PAGE_H]); y = top; onNewPage?.(); };
  const need = (h: number) => { if (y - h < MARGIN + 20) newPage(); };
  const draw = (s: string, x: number, size: number, font: PDFFont) => page.drawText(s, { x, y: y - size, size, font, color: rgb(0, 0, 0) });

  const drawRow = (cells: string[], cols: PdfColumn[], size: number, font: PDFFont) => {
    const widths = cols.map((c) => c.width * WIDTH);
    const wrapped = cells.map((c, i) => wrap(c, font, size, widths[i] - 6));
    const height = Math.max(...wrapped.map((w) => w.length)) * size * 1.3 + 3;
    need(height);
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      lines.forEach((l, j) => {
        const lx = cols[i].align === "right" ? x + widths[i] - 6 - measure(font, l, size) : x;
        page.drawText(l, { x: lx, y: y - size - j * size * 1.3, size, font });
      });
      x += widths[i];
    });
    y -= height;
  };

  for (const b of blocks) {
    if (b.kind === "space") { y -= b.height; continue; }
    if (b.kind === "rule") {
      need(8);
      page.drawLine({ start: { x: MARGIN, y: y - 2 }, end: { x: PAGE_W - MARGIN, y: y - 2 }, thickness: 0.5 });
      y -= 6 + (b.gapAfter ?? 6);
      continue;
    }
    if (b.kind === "table") {
      const size = b.size ?? 9;
      const header = () => {
        drawRow(b.columns.map((c) => c.header), b.columns, size, bold);
        page.drawLine({ start: { x: MARGIN, y: y + 1 }, end: { x: PAGE_W - MARGIN, y: y + 1 }, thickness: 0.5 });
        y -= 2;
      };
      need(size * 4);
      header();
      onNewPage = header;
      for (const r of b.rows) drawRow(r, b.columns, size, regular);
      onNewPage = null;
      y -= b.gapAfter ?? 6;
      continue;
    }
    const size = b.size ?? 10;
    const font = b.bold ? bold : regular;
    for (const line of wrap(b.text, font, size, WIDTH)) {
      need(size * 1.35);
      draw(line, MARGIN, size, font);
      y -= size * 1.35;
    }
    y -= b.gapAfter ?? 2;
  }

  const pages = doc.getPages();
  pages.forEach((p, i) => {
    if (meta.header) p.drawText(meta.header, { x: MARGIN, y: PAGE_H - MARGIN + 4, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
    const foot = `${meta.footer ? `${meta.footer} — ` : ""}page ${i + 1} of ${pages.length}`;
    p.drawText(foot, { x: MARGIN, y: MARGIN - 14, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
  });
  return doc.save();
}
