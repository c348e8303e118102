import Link from "@/components/ui/link";

export type SortDir = "asc" | "desc";

/** Reads `?sort=col&dir=asc` against the allowed columns; anything else falls back to the default. */
export function parseSort<C extends string>(params: Record<string, string | string[] | undefined>, columns: readonly C[], fallback: { sort: C; dir: SortDir }): { sort: C; dir: SortDir } {
  const sort = typeof params.sort === "string" && (columns as readonly string[]).includes(params.sort) ? (params.sort as C) : fallback.sort;
  const dir = params.dir === "asc" || params.dir === "desc" ? params.dir : sort === fallback.sort ? fallback.dir : "asc";
  return { sort, dir };
}

/**
 * A column header that sorts the table by a link (URL-driven, so it works without JavaScript and can be shared):
 * `?sort=<column>&dir=asc|desc`, keeping the other query parameters and returning to page 1. The <th> carries
 * aria-sort; the link says what a click will do.
 */
export function SortableHeader({ column, label, current, base, query, className = "p-2" }: {
  column: string;
  label: string;
  current: { sort: string; dir: SortDir };
  /** The page's path, e.g. "/grievances". */
  base: string;
  /** The page's other query parameters (filters); `sort`, `dir` and `page` are replaced. */
  query: URLSearchParams | Record<string, string | undefined>;
  className?: string;
}) {
  const active = current.sort === column;
  const next: SortDir = active && current.dir === "asc" ? "desc" : "asc";
  const q = new URLSearchParams(query instanceof URLSearchParams ? query : Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
  q.delete("page");
  q.set("sort", column);
  q.set("dir", next);
  return (
    <th scope="col" className={`relative ${className}`} aria-sort={active ? (current.dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link href={`${base}?${q}`} className="inline-flex items-center gap-1 text-blue-950 underline decoration-dotted hover:decoration-solid">
        {label}
        <span aria-hidden="true">{active ? (current.dir === "asc" ? "▲" : "▼") : "↕"}</span>
        <span className="sr-only">{`, sort ${next === "asc" ? "ascending" : "descending"}`}</span>
      </Link>
    </th>
  );
}
