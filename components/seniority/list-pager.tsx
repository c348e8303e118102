import Link from "@/components/ui/link";
import { pageNumber, type QueryValue } from "@/lib/search-params";

/**
 * One page of a long list: the requested page (clamped), the page count, the first row's index and the rows shown,
 * with `range` (" (ranks a–b)" when there is more than one page) for captions.
 */
export function pageOf<T extends { rank: number }>(rows: T[], pageSize: number, requested: QueryValue) {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(pages, pageNumber(requested));
  const from = (page - 1) * pageSize;
  const shown = rows.slice(from, from + pageSize);
  const range = pages > 1 && shown.length ? ` (ranks ${shown[0].rank}–${shown[shown.length - 1].rank})` : "";
  return { page, pages, from, shown, range };
}

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
