/**
 * Turns the lines of one article into blocks: labelled clauses (with their full ids as anchors), plain
 * paragraphs, sub-headings and tables (runs of tab-separated lines: the salary grids and wage schedules).
 */
import { clean } from "./markup";
import { anchorOf, LabelStack, readLabel } from "./labels";
import type { Block, ParagraphBlock, TableBlock } from "./types";

export interface BodyOptions {
  /** Anchor base, e.g. "A.6", "17.04", "LOU 43". */
  base: string;
  /** Between the base and a first dotted label: "." for articles, " ¶" for letters. */
  firstSep: string;
  /** Whether labelled lines become anchored clauses (false for front matter). */
  labels?: boolean;
}

const isHeadingText = (t: string) => t.length <= 70 && !/[.;,]$/.test(t) && /^[A-Z“"(]/.test(t) && !t.includes("\n");
const isNumeric = (c: string) => /^\$?\s*[-\d,.]+\s*%?\*?$/.test(c.trim()) && /\d/.test(c);

function makeTable(lines: string[], caption: string): TableBlock {
  let cells = lines.map((l) => l.split("\t").map((c) => c.trim()));
  // A first row with a single filled cell is a title ("CUPE - Effective May 1, 2014"), not a header.
  if (cells.length > 1 && cells[0].filter(Boolean).length === 1 && cells[0][0]) {
    caption = [caption, cells[0][0]].filter(Boolean).join(" — ");
    cells = cells.slice(1);
  }
  const width = Math.max(...cells.map((r) => r.length));
  const rows = cells.map((r) => [...r, ...Array(width - r.length).fill("")]);
  while (rows.length && rows.every((r) => r[r.length - 1] === "") && rows[0].length > 1) rows.forEach((r) => r.pop());
  let h = 1;
  while (h < rows.length - 1 && (rows[h][0] === "" || (/^[A-Za-z]/.test(rows[h][0]) && rows[h].slice(1).every((c) => c === "" || /^\d{1,2}$/.test(c)) && !isNumeric(rows[h][0])))) h++;
  return { type: "table", caption, head: rows.slice(0, h), rows: rows.slice(h) };
}

export function buildBody(lines: string[], opts: BodyOptions): { blocks: Block[]; anchors: string[] } {
  const blocks: Block[] = [];
  const anchors: string[] = [];
  const seen = new Set<string>();
  const stack = new LabelStack();
  let open: ParagraphBlock | null = null; // the paragraph that a following plain line continues
  let table: string[] | null = null;

  const closeTable = () => {
    if (!table) return;
    const prev = blocks[blocks.length - 1];
    let caption = "";
    if (prev && (prev.type === "h" || (prev.type === "p" && !prev.label)) && prev.text.length <= 160) {
      caption = prev.text.replace(/\n/g, " ").replace(/\s+/g, " ").trim();
      blocks.pop();
    }
    blocks.push(makeTable(table, caption));
    table = null;
  };
  const closePara = () => {
    if (open && !open.label && isHeadingText(open.text)) blocks[blocks.length - 1] = { type: "h", text: open.text };
    open = null;
  };

  for (const raw of lines) {
    const line = clean(raw);
    if (!line.trim()) {
      closeTable();
      closePara();
      continue;
    }
    if (line.includes("\t") && line.replace(/\t/g, "").trim() !== "" || (table && line.includes("\t"))) {
      closePara();
      (table ??= []).push(line);
      continue;
    }
    closeTable();
    const readings = opts.labels === false ? [] : readLabel(line);
    if (readings.length) {
      closePara();
      const path = stack.place(readings);
      const label = path[path.length - 1];
      const anchor = anchorOf(opts.base, opts.firstSep, path);
      const p: ParagraphBlock = { type: "p", text: label.rest.trim(), label: label.printed, depth: path.length - 1 };
      if (!seen.has(anchor)) {
        seen.add(anchor);
        anchors.push(anchor);
        p.anchor = anchor;
      }
      blocks.push(p);
      open = p;
      continue;
    }
    const text = line.trim();
    const cont = open as ParagraphBlock | null;
    if (cont) {
      cont.text = cont.text ? `${cont.text}\n${text}` : text; // a line break inside a paragraph or after a bare "4."
    } else {
      closePara();
      open = { type: "p", text, depth: stack.depth() };
      blocks.push(open);
    }
  }
  closeTable();
  closePara();
  return { blocks, anchors };
}
