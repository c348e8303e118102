import { centsToDecimal, formatCents } from "@/lib/rules/core";
import { renderPdf, type PdfBlock } from "./document";

export interface TtocStatementData {
  district: string; periodStart: string; periodEnd: string; status: string;
  employee: { employeeNumber: string; firstName: string; lastName: string };
  lines: Array<{ date: string; kind: string; paidFractionMilli: number; wageCents: number; inLieuCents: number; totalCents: number; citations: string[]; steps: string[]; reason: string | null; ref: string | null }>;
}

/** A TTOC's pay statement for one period: each line with its articles and arithmetic, and the totals (B.2.5–B.2.9). */
export function ttocStatementPdf(d: TtocStatementData): Promise<Uint8Array> {
  const name = `${d.employee.lastName}, ${d.employee.firstName}`;
  const sum = (k: "wageCents" | "inLieuCents" | "totalCents") => d.lines.reduce((s, l) => s + l[k], 0);
  const days = d.lines.reduce((s, l) => s + l.paidFractionMilli, 0) / 1000;
  const b: PdfBlock[] = [
    { kind: "text", text: "TTOC pay statement", size: 18, bold: true },
    { kind: "text", text: `${d.district} — pay period ${d.periodStart} to ${d.periodEnd} (${d.status})`, size: 12, gapAfter: 6 },
    { kind: "text", text: `${name} — employee number ${d.employee.employeeNumber}`, bold: true, gapAfter: 8 },
    { kind: "rule" },
  ];
  if (!d.lines.length) b.push({ kind: "text", text: "No pay lines for this TTOC in this period." });
  const what = (l: TtocStatementData["lines"][number]) => (l.kind === "ADJUSTMENT" ? `adjustment${l.ref ? ` of ${l.ref}` : ""}${l.reason ? ` (${l.reason})` : ""}` : "callout");
  if (d.lines.length) b.push({
    kind: "table",
    columns: [
      { header: "Date", width: 0.13 }, { header: "Line", width: 0.25 }, { header: "Days", width: 0.07, align: "right" }, { header: "Wage", width: 0.12, align: "right" },
      { header: "In lieu (B.2.5)", width: 0.14, align: "right" }, { header: "Total", width: 0.12, align: "right" }, { header: "Articles", width: 0.17 },
    ],
    rows: d.lines.map((l) => [l.date, what(l), String(l.paidFractionMilli / 1000), formatCents(l.wageCents), formatCents(l.inLieuCents), formatCents(l.totalCents), l.citations.join(", ")]),
  });
  if (d.lines.length) b.push({ kind: "text", text: "Arithmetic", bold: true, size: 12 });
  for (const l of d.lines) {
    b.push({ kind: "text", text: `${l.date} — ${what(l)}: wage ${formatCents(l.wageCents)} + in lieu of benefits ${formatCents(l.inLieuCents)} = ${formatCents(l.totalCents)}`, bold: true, size: 9 });
    l.steps.forEach((s, i) => b.push({ kind: "text", text: `${i + 1}. ${s}`, size: 9 }));
    b.push({ kind: "space", height: 4 });
  }
  b.push(
    { kind: "rule" },
    { kind: "text", text: "Totals", bold: true, size: 12 },
    { kind: "text", text: `Days paid: ${days}` },
    { kind: "text", text: `Wages: $${centsToDecimal(sum("wageCents"))}` },
    { kind: "text", text: `In lieu of benefits (B.2.5): $${centsToDecimal(sum("inLieuCents"))}` },
    { kind: "text", text: `Total for the period: $${centsToDecimal(sum("totalCents"))}`, bold: true, size: 12 },
    { kind: "text", text: "Certificated TTOCs are paid semi-monthly (B.2.7) 1/189 of their category and step, to a maximum of Category 5 Step 8 (B.2.6); non-certificated substitutes the B.2.8 daily rate; at least one half day per callout (B.2.9.d).", size: 9 },
  );
  return renderPdf(b, { title: `TTOC pay statement ${d.employee.employeeNumber} ${d.periodStart}`, header: `TTOC pay statement — ${name} (${d.employee.employeeNumber}) — ${d.periodStart} to ${d.periodEnd} (B.2.7)`, footer: `${d.district} / ${name} / ${d.periodStart} to ${d.periodEnd}` });
}
