// Query parameters as pages receive them: a key given twice (?a=1&a=2) arrives as an array, which must never reach a
// database query as one (a 500). Pages read single values and page numbers through these.

export type QueryValue = string | string[] | undefined;

/** The first value of a query parameter. */
export const first = (v: QueryValue): string | undefined => (Array.isArray(v) ? v[0] : v);

/** A page number from the address: a whole number from 1 to 10,000; anything else is page 1. */
export function pageNumber(v: QueryValue): number {
  const n = Number.parseInt(first(v) ?? "", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 10_000) : 1;
}
