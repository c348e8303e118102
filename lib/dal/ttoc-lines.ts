import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PayLineData } from "@/lib/ttoc/compute-lines";

const CHUNK = 10_000;
let counter = 0;
/** A collision-resistant id in the cuid shape ("c", time, counter, randomness) for rows inserted in bulk by SQL. */
function bulkId(): string {
  counter = (counter + 1) % 1_679_616;
  return `c${Date.now().toString(36)}${counter.toString(36).padStart(4, "0")}${randomBytes(8).toString("hex").slice(0, 12)}`;
}

/**
 * Inserts computed pay lines inside the caller's transaction. A period may hold tens of thousands of lines; their
 * explanations are stored once each (content-addressed PayExplanation rows), and the lines go in by one multi-row
 * INSERT per 10,000 from a JSON parameter (json_to_recordset), far faster than row-by-row or createMany.
 */
export async function insertPayLines(tx: Prisma.TransactionClient, periodId: string, lines: PayLineData[]) {
  const explanations = new Map<string, { steps: string[]; citations: string[] }>();
  const hashOf = new Map<string[], string>();
  const cache = new Map<string, string>();
  for (const l of lines) {
    const text = l.steps.join("\n") + "\n\n" + l.citations.join("\n");
    let h = cache.get(text);
    if (!h) { h = createHash("sha256").update(text).digest("hex"); cache.set(text, h); explanations.set(h, { steps: l.steps, citations: l.citations }); }
    hashOf.set(l.steps, h);
  }
  const ex = [...explanations].map(([id, e]) => ({ id, ...e }));
  for (let i = 0; i < ex.length; i += CHUNK) {
    await tx.$executeRaw`INSERT INTO pay_explanation (id, steps, citations) SELECT x.id, x.steps, x.citations FROM json_to_recordset(${JSON.stringify(ex.slice(i, i + CHUNK))}::json) AS x(id text, steps text[], citations text[]) ON CONFLICT (id) DO NOTHING`;
  }
  for (let i = 0; i < lines.length; i += CHUNK) {
    const rows = lines.slice(i, i + CHUNK).map((l) => [bulkId(), l.employeeId, l.date, l.totalCents, l.wageCents, l.inLieuCents, l.paidFractionMilli, hashOf.get(l.steps)]);
    await tx.$executeRaw`INSERT INTO pay_line (id, "periodId", "employeeId", date, kind, "totalCents", "wageCents", "inLieuCents", "paidFractionMilli", citations, steps, "explanationId")
      SELECT x->>0, ${periodId}, x->>1, (x->>2)::date, 'PAY', (x->>3)::int, (x->>4)::int, (x->>5)::int, (x->>6)::int, '{}', '{}', x->>7
      FROM json_array_elements(${JSON.stringify(rows)}::json) AS x`;
  }
}
