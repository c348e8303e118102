import "server-only";
import { randomBytes } from "node:crypto";

let counter = 0;
/** A collision-resistant id in the cuid shape ("c", time, counter, randomness) for rows inserted in bulk by SQL. */
export function bulkId(): string {
  counter = (counter + 1) % 1_679_616;
  return `c${Date.now().toString(36)}${counter.toString(36).padStart(4, "0")}${randomBytes(8).toString("hex").slice(0, 12)}`;
}
