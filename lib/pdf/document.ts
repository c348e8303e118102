// Printable documents through pdf-lib, with DejaVu Sans embedded (subset) so every name prints as written:
// combining marks ("Tk̓emlúps", "Sḵwx̱wú7mesh"), Vietnamese, Chinese through a fallback font (./fonts.ts), and text
// widths measured from the fonts' own metrics.
import { PDFDocument, rgb, type Color, type PDFFont, type PDFPage } from "pdf-lib";
import { embedFonts, fontRuns } from "./fonts";

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
const advances = new WeakMap<PDFFont, Map<string, number>>();
/** A run's width in one font, from per-character advances (cached: laying out each candidate line with fontkit is slow). */
function runWidth(font: PDFFont, text: string, size: number): number {
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

/** A text's width, each run measured in the font it is drawn in (DejaVu Sans or its fallback). */
export function measure(font: PDFFont, text: string, size: number): number {
  return fontRuns(font, text).reduce((w, r) => w + runWidth(r.font, r.text, size), 0);
}

/** Draws text run by run, each in its own font, advancing by the measured width so columns stay aligned. */
function drawRuns(page: PDFPage, text: string, o: { x: number; y: number; size: number; font: PDFFont; color?: Color }) {
  let x = o.x;
  for (const r of fontRuns(o.font, text)) {
    page.drawText(r.text, { ...o, x, font: r.font });
    x += runWidth(r.font, r.text, o.size);
  }
}

/** Every string a document draws (not its metadata), to decide whether it needs the fallback font. */
function* texts(blocks: PdfBlock[], meta: PdfMeta): Generator<string> {
  if (meta.header) yield meta.header;
  if (meta.footer) yield meta.footer;
  for (const b of blocks) {
    if (b.kind === "text") yield b.text;
    if (b.kind === "table") { for (const c of b.columns) yield c.header; for (const r of b.rows) yield* r; }
  }
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
  const { regular, bold } = await embedFonts(doc, texts(blocks, meta));
  doc.setTitle(meta.title);
  doc.setProducer("Accord");
  doc.setCreator("Accord");
  const top = PAGE_H - MARGIN - (meta.header ? 18 : 0);
  let page: PDFPage = doc.addPage([PAGE_W, PAGE_H]);
  let y = top;
  let onNewPage: (() => void) | null = null;
  const newPage = () => { page = doc.addPage([PAGE_W, PAGE_H]); y = top; onNewPage?.(); };
  const need = (h: number) => { if (y - h < MARGIN + 20) newPage(); };
  const draw = (s: string, x: number, size: number, font: PDFFont) => drawRuns(page, s, { x, y: y - size, size, font, color: rgb(0, 0, 0) });

  const drawRow = (cells: string[], cols: PdfColumn[], size: number, font: PDFFont) => {
    const widths = cols.map((c) => c.width * WIDTH);
    const wrapped = cells.map((c, i) => wrap(c, font, size, widths[i] - 6));
    const height = Math.max(...wrapped.map((w) => w.length)) * size * 1.3 + 3;
    need(height);
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      lines.forEach((l, j) => {
        const lx = cols[i].align === "right" ? x + widths[i] - 6 - measure(font, l, size) : x;
        drawRuns(page, l, { x: lx, y: y - size - j * size * 1.3, size, font });
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
    if (meta.header) drawRuns(p, meta.header, { x: MARGIN, y: PAGE_H - MARGIN + 4, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
    const foot = `${meta.footer ? `${meta.footer} — ` : ""}page ${i + 1} of ${pages.length}`;
    drawRuns(p, foot, { x: MARGIN, y: MARGIN - 14, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
  });
  return doc.save();
}
