import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PayLineData } from "@/lib/ttoc/compute-lines";
import { bulkId } from "./bulk-id";

const CHUNK = 10_000;

/** Stores each distinct explanation once (content-addressed, never updated); returns each item's explanation id. */
async function saveExplanations(tx: Prisma.TransactionClient, items: Array<{ steps: string[]; citations: string[] }>) {
  const explanations = new Map<string, { steps: string[]; citations: string[] }>();
  const cache = new Map<string, string>();
  const byObject = new Map<object, string>(); // items often share one object: hash its text once
  const ids = items.map((l) => {
    const known = byObject.get(l);
    if (known) return known;
    const text = l.steps.join("\n") + "\n\n" + l.citations.join("\n");
    let h = cache.get(text);
    if (!h) { h = createHash("sha256").update(text).digest("hex"); cache.set(text, h); explanations.set(h, { steps: l.steps, citations: l.citations }); }
    byObject.set(l, h);
    return h;
  });
  const ex = [...explanations].map(([id, e]) => ({ id, ...e }));
  for (let i = 0; i < ex.length; i += CHUNK) {
    await tx.$executeRaw`INSERT INTO pay_explanation (id, steps, citations) SELECT x.id, x.steps, x.citations FROM json_to_recordset(${JSON.stringify(ex.slice(i, i + CHUNK))}::json) AS x(id text, steps text[], citations text[]) ON CONFLICT (id) DO NOTHING`;
  }
  return ids;
}

/**
 * Inserts computed pay lines inside the caller's transaction. A period may hold tens of thousands of lines; their
 * explanations are stored once each (content-addressed PayExplanation rows), and the lines go in by one multi-row
 * INSERT per 10,000 from a JSON parameter (json_to_recordset), far faster than row-by-row or createMany.
 */
export async function insertPayLines(tx: Prisma.TransactionClient, periodId: string, lines: PayLineData[]) {
  const ids = await saveExplanations(tx, lines);
  for (let i = 0; i < lines.length; i += CHUNK) {
    const rows = lines.slice(i, i + CHUNK).map((l, j) => [bulkId(), l.employeeId, l.date, l.totalCents, l.wageCents, l.inLieuCents, l.paidFractionMilli, ids[i + j]]);
    await tx.$executeRaw`INSERT INTO pay_line (id, "periodId", "employeeId", date, kind, "totalCents", "wageCents", "inLieuCents", "paidFractionMilli", citations, steps, "explanationId")
      SELECT x->>0, ${periodId}, x->>1, (x->>2)::date, 'PAY', (x->>3)::int, (x->>4)::int, (x->>5)::int, (x->>6)::int, '{}', '{}', x->>7
      FROM json_array_elements(${JSON.stringify(rows)}::json) AS x`;
  }
}

/** A line's arithmetic for display: its shared explanation (when it has one) followed by its own steps. */
export const withExplanation = <L extends { steps: string[]; citations: string[]; explanation: { steps: string[]; citations: string[] } | null }>({ explanation, ...l }: L) =>
  ({ ...l, steps: explanation ? [...explanation.steps, ...l.steps] : l.steps, citations: explanation ? [...explanation.citations, ...l.citations.filter((c) => !explanation.citations.includes(c))] : l.citations });

/** An ADJUSTMENT line to insert in bulk. */
export type AdjustmentRow = {
  employeeId: string; date: string; reason: string; refLineId: string; parameterValueId: string;
  totalCents: number; wageCents: number; inLieuCents: number; paidFractionMilli: number;
  /** Every step but the last, and the citations: stored once per distinct content (lines may share the object). */
  explanation: { steps: string[]; citations: string[] };
  /** The line's own subtraction, kept on the line. */
  lastStep: string;
};

/**
 * Inserts adjustment lines inside the caller's transaction by one INSERT per 10,000 lines (from jsonb: parsed once,
 * not once per field). Retro lines repeat a few distinct explanations thousands of times (the same date, placement
 * and amount paid): all steps but the last and the citations are stored once as a PayExplanation, and each line keeps
 * only its last step (its own subtraction); readers join them back (withExplanation). A line already written for its
 * (original line, value) pair is skipped (the unique index), so a rerun writes nothing.
 */
export async function insertAdjustmentLines(tx: Prisma.TransactionClient, periodId: string, lines: AdjustmentRow[]) {
  const ids = await saveExplanations(tx, lines.map((l) => l.explanation));
  for (let i = 0; i < lines.length; i += CHUNK) {
    const rows = lines.slice(i, i + CHUNK).map((l, j) => [bulkId(), l.employeeId, l.date, l.reason, l.refLineId, l.parameterValueId, l.totalCents, l.wageCents, l.inLieuCents, l.paidFractionMilli, l.lastStep, ids[i + j]]);
    await tx.$executeRaw`INSERT INTO pay_line (id, "periodId", "employeeId", date, kind, reason, "refLineId", "parameterValueId", "totalCents", "wageCents", "inLieuCents", "paidFractionMilli", citations, steps, "explanationId")
      SELECT x->>0, ${periodId}, x->>1, (x->>2)::date, 'ADJUSTMENT', x->>3, x->>4, x->>5, (x->>6)::int, (x->>7)::int, (x->>8)::int, (x->>9)::int, '{}', ARRAY[x->>10], x->>11
      FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) AS x
      ON CONFLICT ("refLineId", "parameterValueId") DO NOTHING`;
  }
}
