import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PayLineData } from "@/lib/ttoc/compute-lines";

const CHUNK = 2000;

/** Inserts computed pay lines in multi-row batches inside the caller's transaction (a period may hold tens of thousands). */
export async function insertPayLines(tx: Prisma.TransactionClient, periodId: string, lines: PayLineData[]) {
  for (let i = 0; i < lines.length; i += CHUNK) {
    await tx.payLine.createMany({ data: lines.slice(i, i + CHUNK).map((l) => ({ ...l, periodId, date: new Date(l.date + "T00:00:00Z") })) });
  }
}
