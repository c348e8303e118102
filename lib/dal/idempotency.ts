import "server-only";

/** A write refused by a unique index (Prisma P2002): a double submit of one form, or two writers racing for a number. */
export const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === "P2002";

/** The answer to a form whose one-time key was already used by someone else's record: nothing is saved. */
export const KEY_REUSED = { idempotencyKey: "This form was already submitted for another record: reload the page and enter it again." };
