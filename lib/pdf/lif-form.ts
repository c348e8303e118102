import { formatCents } from "@/lib/rules/core";
import { LIF_CONFIRMATIONS, LIF_CRITERIA, type LifStatusResult } from "@/lib/rules/lif";
import { renderPdf, type PdfBlock } from "./document";

export interface LifFormData {
  district: string; local: string; schoolYear: string; deadline: string; recipient: string;
  allocation: { amountCents: number; source: string } | null;
  meetings: Array<{ date: string; districtAttendees: string; localAttendees: string }>;
  marks: Array<{ party: "DISTRICT" | "LOCAL"; key: string; met: boolean; note: string | null }>;
  signatures: Array<{ party: "DISTRICT" | "LOCAL"; name: string; title: string; signedOn: string; account: string }>;
  status: LifStatusResult;
}

const tick = (v: boolean | undefined) => (v ? "[X]" : "[  ]");

/** The Confirmation of Genuine Consultation (LIF notice 2024-25) as a PDF. */
export function lifFormPdf(d: LifFormData): Promise<Uint8Array> {
  const mark = (party: string, key: string) => d.marks.find((m) => m.party === party && m.key === key);
  const b: PdfBlock[] = [
    { kind: "text", text: "Confirmation of Genuine Consultation", size: 18, bold: true },
    { kind: "text", text: `Learning Improvement Fund — school year ${d.schoolYear}`, size: 12, gapAfter: 8 },
    { kind: "text", text: `School district: ${d.district}` },
    { kind: "text", text: `Union local: ${d.local}` },
    { kind: "text", text: `LIF allocation: ${d.allocation ? `${formatCents(d.allocation.amountCents)} (source: ${d.allocation.source})` : "not recorded"}` },
    { kind: "text", text: `To: ${d.recipient}, by ${d.deadline}`, gapAfter: 6 },
    { kind: "rule" },
    { kind: "text", text: "Consultation meetings", bold: true, size: 12 },
    d.meetings.length
      ? { kind: "table", columns: [{ header: "Date", width: 0.16 }, { header: "District attendees", width: 0.42 }, { header: "Local attendees", width: 0.42 }], rows: d.meetings.map((m) => [m.date, m.districtAttendees, m.localAttendees]) }
      : { kind: "text", text: "No meetings recorded." },
    { kind: "space", height: 6 },
    { kind: "text", text: "Criteria of a genuine consultation (district / local)", bold: true, size: 12 },
  ];
  b.push({
    kind: "table",
    columns: [{ header: "District", width: 0.1 }, { header: "Local", width: 0.1 }, { header: "Criterion", width: 0.5 }, { header: "Notes", width: 0.3 }],
    rows: LIF_CRITERIA.map((c) => {
      const dm = mark("DISTRICT", c.key), lm = mark("LOCAL", c.key);
      const notes = [dm?.note && `District: ${dm.note}`, lm?.note && `Local: ${lm.note}`].filter(Boolean).join("\n");
      return [tick(dm?.met), tick(lm?.met), c.text, notes];
    }),
  });
  b.push({ kind: "space", height: 6 }, { kind: "text", text: "The district confirms that consultations were:", bold: true, size: 12 });
  for (const c of LIF_CONFIRMATIONS) b.push({ kind: "text", text: `${tick(mark("DISTRICT", c.key)?.met)}  ${c.text}` });
  b.push(
    { kind: "text", text: "The parties are not required to have agreed on the use of the LIF.", size: 9, gapAfter: 6 },
    { kind: "rule" },
    { kind: "text", text: "Signatures", bold: true, size: 12 },
  );
  for (const party of ["DISTRICT", "LOCAL"] as const) {
    const s = d.signatures.find((x) => x.party === party);
    const who = party === "DISTRICT" ? `For the district (${d.district})` : `For the union local (${d.local})`;
    b.push({ kind: "text", text: who, bold: true });
    b.push({ kind: "text", text: s ? `Signed: ${s.name}, ${s.title}, on ${s.signedOn} (account ${s.account})` : "Signature: ______________________   Name and title: ______________________   Date: __________", gapAfter: 8 });
  }
  b.push({ kind: "text", text: "By signing, the union local confirms that genuine consultations took place that met the required criteria (LIF notice 2024-25).", size: 9 });
  b.push({ kind: "text", text: `Status: ${d.status.status}${d.status.complete ? " (complete)" : ""}`, size: 9 });
  return renderPdf(b, { title: `LIF Confirmation of Genuine Consultation ${d.schoolYear} — ${d.district}`, header: `Confirmation of Genuine Consultation — ${d.district} — LIF ${d.schoolYear} (LIF notice 2024-25)`, footer: `${d.district} / ${d.local} / LIF ${d.schoolYear}` });
}
