import "server-only";
import { databaseUrl } from "@/lib/env";
import { yieldToEventLoop } from "@/lib/event-loop";

/**
 * Long imports on the embedded database. PGlite runs in this process on one connection: a 10,000-row insert in one
 * statement holds the event loop for seconds, and an open transaction makes every other query wait until it ends.
 * So there the rows go in small batches, each its own transaction, yielding between them; if a batch fails, the
 * batches already written are removed again (all or nothing). On PostgreSQL (MVCC, a pool of connections) readers
 * are never blocked by a writer, and the whole import stays one transaction.
 */
export const EMBEDDED_BATCH_ROWS = 100;

export const isEmbedded = () => databaseUrl().startsWith("pglite:");

export async function writeInBatches<Row, Created>(
  rows: Row[],
  write: (batch: Row[]) => Promise<Created[]>,
  undo: (created: Created[]) => Promise<void>,
  size = EMBEDDED_BATCH_ROWS,
): Promise<Created[]> {
  const created: Created[] = [];
  try {
    for (let i = 0; i < rows.length; i += size) {
      created.push(...(await write(rows.slice(i, i + size))));
      await yieldToEventLoop();
    }
    return created;
  } catch (e) {
    await undo(created);
    throw e;
  }
}
