import Link from "@/components/ui/link";

export function Pagination({ page, pageSize, total, base, query }: { page: number; pageSize: number; total: number; base: string; query: URLSearchParams }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams(query);
    q.set("page", String(p));
    return `${base}?${q}`;
  };
  const cls = "rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm";
  return (
    <nav aria-label="Pagination" className="flex items-center gap-3">
      {page > 1 ? <Link className={cls} href={href(page - 1)} rel="prev">Previous</Link> : null}
      <span className="text-sm">Page {page} of {pages}</span>
      {page < pages ? <Link className={cls} href={href(page + 1)} rel="next">Next</Link> : null}
    </nav>
  );
}
