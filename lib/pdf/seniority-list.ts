import { renderPdf, type PdfBlock } from "./document";

export interface SeniorityPdfData {
  title: string; listLabel: string; /** the article that dates the list, e.g. C.12.1.c.ii */ article: string; asOf: string; publishedOn: string; appealBy: string | null; summary: string[];
  /** `placedBy`: in words, a tie naming the others it is tied with (lib/seniority/ties). */
  rows: Array<{ rank: number; employeeNumber: string; name: string; figure: string; placedBy: string }>;
}

/** A published seniority list as a printable PDF: a table with its header row, date and article on every page. */
export function seniorityListPdf(d: SeniorityPdfData): Promise<Uint8Array> {
  const appeal = d.appealBy ? `; appeals until ${d.appealBy} (15.02(a))` : "";
  const b: PdfBlock[] = [
    { kind: "text", text: d.listLabel, size: 16, bold: true },
    { kind: "text", text: d.title, size: 10 },
    { kind: "text", text: `As of ${d.asOf}; published ${d.publishedOn}${appeal}`, size: 10, gapAfter: 6 },
    ...d.summary.map((s): PdfBlock => ({ kind: "text", text: s, size: 9 })),
    { kind: "rule" },
    {
      kind: "table",
      columns: [
        { header: "Rank", width: 0.08, align: "right" }, { header: "Number", width: 0.13 }, { header: "Name", width: 0.33 },
        { header: "Seniority", width: 0.16 }, { header: "Placed by", width: 0.3 },
      ],
      rows: d.rows.map((r) => [String(r.rank), r.employeeNumber, r.name, r.figure, r.placedBy]),
    },
  ];
  return renderPdf(b, { title: `${d.listLabel} as of ${d.asOf}`, header: `${d.listLabel} — as of ${d.asOf}, published ${d.publishedOn} (${d.article})`, footer: `${d.listLabel} as of ${d.asOf}` });
}
