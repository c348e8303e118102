// The fonts of Accord's PDFs, shipped through npm (nothing downloaded at run time): DejaVu Sans first (Latin,
// Vietnamese, Greek, Cyrillic, combining marks such as "Tk̓emlúps", "Sḵwx̱wú7mesh"), and Noto Sans SC (regular) as a
// fallback for the characters DejaVu has no glyph for, e.g. Chinese names ("陈志明"). The fallback is embedded, as a
// subset, only in a document that needs it: an ordinary PDF does not pay for a 10 MB font.
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFHexString, type PDFDocument, type PDFFont } from "pdf-lib";

const MODULES = path.join(process.cwd(), "node_modules");
const DEJAVU = path.join(MODULES, "dejavu-fonts-ttf", "ttf");
const FALLBACK = path.join(MODULES, "@expo-google-fonts", "noto-sans-sc", "400Regular", "NotoSansSC_400Regular.ttf");

type Covers = (codePoint: number) => boolean;
interface Face { bytes: Uint8Array; covers: Covers }

/** Which code points a font has a glyph for, read once per process and remembered per code point. */
function coverage(bytes: Uint8Array): Covers {
  const font = fontkit.create(bytes);
  const seen = new Map<number, boolean>();
  return (cp) => {
    let has = seen.get(cp);
    if (has === undefined) seen.set(cp, (has = font.hasGlyphForCodePoint(cp)));
    return has;
  };
}

let dejavu: Promise<[Face, Face]> | undefined;
const face = async (file: string): Promise<Face> => {
  const bytes = await readFile(path.join(DEJAVU, file));
  return { bytes, covers: coverage(bytes) };
};
const loadDejaVu = () => (dejavu ??= Promise.all([face("DejaVuSans.ttf"), face("DejaVuSans-Bold.ttf")]));
let fallbackBytes: Promise<Uint8Array> | undefined;
const loadFallback = () => (fallbackBytes ??= readFile(FALLBACK));

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

/** The fallback of a primary font, with the primary font's coverage: set only when the document embeds it. */
const fallbacks = new WeakMap<PDFFont, { font: PDFFont; covers: Covers }>();

/** Embeds DejaVu Sans regular and bold, and the fallback font when any of `texts` needs it. */
export async function embedFonts(doc: PDFDocument, texts: Iterable<string>): Promise<{ regular: PDFFont; bold: PDFFont }> {
  doc.registerFontkit(fontkit);
  const [r, b] = await loadDejaVu();
  const regular = fastEncoding(await doc.embedFont(r.bytes, { subset: true }));
  const bold = fastEncoding(await doc.embedFont(b.bytes, { subset: true }));
  const missing = (t: string) => { for (const ch of t) { const cp = ch.codePointAt(0)!; if (!r.covers(cp) || !b.covers(cp)) return true; } return false; };
  let needed = false;
  for (const t of texts) if (missing(t)) { needed = true; break; }
  if (needed) {
    const fallback = fastEncoding(await doc.embedFont(await loadFallback(), { subset: true }));
    fallbacks.set(regular, { font: fallback, covers: r.covers });
    fallbacks.set(bold, { font: fallback, covers: b.covers });
  }
  return { regular, bold };
}

export interface Run { font: PDFFont; text: string }
const MARK = /^\p{M}$/u;

/** Splits text into runs by font: the primary font where it has the glyph, else its fallback; a combining mark stays in its base letter's run. */
export function fontRuns(font: PDFFont, text: string): Run[] {
  const fb = fallbacks.get(font);
  if (!fb) return [{ font, text }];
  const runs: Run[] = [];
  for (const ch of text) {
    const last = runs[runs.length - 1];
    const f = last && MARK.test(ch) ? last.font : fb.covers(ch.codePointAt(0)!) ? font : fb.font;
    if (last?.font === f) last.text += ch;
    else runs.push({ font: f, text: ch });
  }
  return runs;
}
