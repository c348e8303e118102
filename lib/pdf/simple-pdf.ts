// A small PDF writer for printable forms and statements: text in Helvetica (regular and bold), word-wrapped,
// paginated, with rules (lines). No dependencies; content streams are uncompressed so the text stays searchable.

export type PdfBlock =
  | { kind: "text"; text: string; size?: number; bold?: boolean; gapAfter?: number }
  | { kind: "rule"; gapAfter?: number }
  | { kind: "space"; height: number };

const PAGE_W = 612; // US Letter, points
const PAGE_H = 792;
const MARGIN = 54;

// WinAnsiEncoding for the punctuation our texts use; anything else outside Latin-1 becomes "?".
const WIN_ANSI: Record<string, number> = { "€": 0x80, "‚": 0x82, "„": 0x84, "…": 0x85, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "™": 0x99 };

function encode(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = WIN_ANSI[ch] ?? ch.codePointAt(0)!;
    const byte = code > 0xff ? 0x3f : code;
    const c = String.fromCharCode(byte);
    out += c === "(" || c === ")" || c === "\\" ? `\\${c}` : byte < 0x20 ? " " : c;
  }
  return out;
}

/** Wraps by an average Helvetica glyph width (0.52 em, bold 0.56 em): close enough for forms. */
function wrap(text: string, size: number, bold: boolean, width: number): string[] {
  const max = Math.max(10, Math.floor(width / (size * (bold ? 0.56 : 0.52))));
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (!line) line = word;
      else if (line.length + 1 + word.length <= max) line += " " + word;
      else { lines.push(line); line = word; }
      while (line.length > max) { lines.push(line.slice(0, max)); line = line.slice(max); }
    }
    lines.push(line);
  }
  return lines;
}

/** Lays the blocks out on pages and returns the PDF file's bytes. */
export function renderPdf(blocks: PdfBlock[], meta: { title: string; footer?: string }): Uint8Array {
  const pages: string[][] = [[]];
  let y = PAGE_H - MARGIN;
  const need = (h: number) => { if (y - h < MARGIN + 20) { pages.push([]); y = PAGE_H - MARGIN; } };
  const ops = () => pages[pages.length - 1];
  for (const b of blocks) {
    if (b.kind === "space") { y -= b.height; continue; }
    if (b.kind === "rule") {
      need(8);
      ops().push(`0.5 w ${MARGIN} ${y - 2} m ${PAGE_W - MARGIN} ${y - 2} l S`);
      y -= 6 + (b.gapAfter ?? 6);
      continue;
    }
    const size = b.size ?? 10;
    for (const line of wrap(b.text, size, !!b.bold, PAGE_W - 2 * MARGIN)) {
      need(size * 1.35);
      y -= size * 1.35;
      ops().push(`BT /${b.bold ? "F2" : "F1"} ${size} Tf ${MARGIN} ${y.toFixed(2)} Td (${encode(line)}) Tj ET`);
    }
    y -= b.gapAfter ?? 4;
  }
  pages.forEach((p, i) => {
    const foot = `${meta.footer ? meta.footer + " — " : ""}page ${i + 1} of ${pages.length}`;
    p.push(`BT /F1 8 Tf ${MARGIN} ${MARGIN - 20} Td (${encode(foot)}) Tj ET`);
  });

  const objects: string[] = [];
  const add = (body: string) => objects.push(body) ; // object number = index + 1
  add("<< /Type /Catalog /Pages 2 0 R >>");
  add(""); // pages, filled below
  add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
  add(`<< /Title (${encode(meta.title)}) /Producer (Accord) >>`);
  const kids: number[] = [];
  for (const p of pages) {
    const stream = p.join("\n");
    add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    const contentRef = objects.length;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${contentRef} 0 R >>`);
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;

  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${body}\nendobj\n`; });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character above is one byte (Latin-1), so string length equals byte offset.
  return Uint8Array.from(out, (ch) => ch.charCodeAt(0));
}
