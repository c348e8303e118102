import Link from "next/link";

/** Previous/next links of a long seniority list (above and below it, each landmark named apart); the rank column keeps the whole list's numbering. */
export function ListPager({ page, pages, total, pageSize, href, where }: { page: number; pages: number; total: number; pageSize: number; href: (page: number) => string; where: "above" | "below" }) {
  if (pages <= 1) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label={`Seniority list pages (${where} the list)`} className="flex flex-wrap items-center gap-4 text-sm">
      <span>Ranks {first}–{last} of {total} (page {page} of {pages})</span>
      {page > 1 ? <Link className="text-blue-800 underline" href={href(page - 1)}>Previous {pageSize}</Link> : null}
      {page < pages ? <Link className="text-blue-800 underline" href={href(page + 1)}>Next {Math.min(pageSize, total - last)}</Link> : null}
    </nav>
  );
}
