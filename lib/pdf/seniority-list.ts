import { renderPdf, type PdfBlock } from "./simple-pdf";

export interface SeniorityPdfData {
  title: string; listLabel: string; asOf: string; publishedOn: string; appealBy: string | null; summary: string[];
  rows: Array<{ rank: number; employeeNumber: string; name: string; figure: string; decidedBy: string }>;
}

/** A published seniority list as a printable PDF. */
export function seniorityListPdf(d: SeniorityPdfData): Uint8Array {
  const b: PdfBlock[] = [
    { kind: "text", text: d.listLabel, size: 16, bold: true },
    { kind: "text", text: d.title, size: 10 },
    { kind: "text", text: `As of ${d.asOf}; published ${d.publishedOn}${d.appealBy ? `; appeals until ${d.appealBy} (15.02(a))` : ""}`, size: 10, gapAfter: 6 },
    ...d.summary.map((s): PdfBlock => ({ kind: "text", text: s, size: 9 })),
    { kind: "rule" },
    { kind: "text", text: "Rank  Number      Name                                Seniority              Placed by", bold: true, size: 9 },
  ];
  for (const r of d.rows) {
    b.push({ kind: "text", size: 9, text: `${String(r.rank).padStart(4)}  ${r.employeeNumber.padEnd(10)}  ${r.name.slice(0, 34).padEnd(34)}  ${r.figure.padEnd(21)}  ${r.decidedBy}` });
  }
  return renderPdf(b, { title: `${d.listLabel} as of ${d.asOf}`, footer: `${d.listLabel} as of ${d.asOf}` });
}
