import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatBC } from "./bc-time";

type Tx = Prisma.TransactionClient;

/**
 * The refusal when a record changed after its form was opened (its version moved on): who saved last and when,
 * read from the audit log, in Vancouver time.
 */
export async function changedSince(tx: Tx, entity: string | string[], entityId: string, actions: string[] = ["update"]): Promise<string> {
  const last = await tx.auditEvent.findFirst({
    where: { entity: { in: [entity].flat() }, entityId, action: { in: actions } }, orderBy: { at: "desc" },
    select: { at: true, user: { select: { name: true, email: true } } },
  });
  if (!last) return "Changed by someone else since you opened it: your changes were not saved. Reload to see the current record.";
  const who = last.user?.name ?? last.user?.email ?? "someone else";
  return `Changed by ${who} at ${formatBC(last.at).slice(11)} (Vancouver time) since you opened it: your changes were not saved. Reload to see the current record, then apply your changes again.`;
}

/** Thrown by a save whose form was opened before someone else's save (a stale version); nothing was saved. */
export class ChangedSinceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ChangedSinceError";
  }
}
