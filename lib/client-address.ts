/**
 * The client's address as the nearest proxy saw it: the last x-forwarded-for entry (the one our own proxy appends;
 * earlier entries are whatever the client sent), else x-real-ip. Next.js fills x-forwarded-for from the socket
 * when no proxy set it.
 */
export function clientAddress(h: Pick<Headers, "get">): string {
  const forwarded = h.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean) ?? [];
  return (forwarded.at(-1) || h.get("x-real-ip")?.trim() || "unknown").slice(0, 100);
}
