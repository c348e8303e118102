import Link from "@/components/ui/link";
import { articleHref } from "@/lib/library/resolve";

type Entry = { articleId: string; heading: string; sectionPath: string[] };

/** Entries grouped by their section, in document order. */
export function groupBySection(entries: Entry[]): Array<{ section: string; entries: Entry[] }> {
  const groups: Array<{ section: string; entries: Entry[] }> = [];
  for (const e of entries) {
    const section = e.sectionPath.join(" › ") || "Other";
    const last = groups[groups.length - 1];
    if (last && last.section === section) last.entries.push(e);
    else groups.push({ section, entries: [e] });
  }
  return groups;
}

const label = (e: Entry) => (e.heading && e.heading !== e.articleId ? `${e.articleId} ${e.heading}` : e.articleId);

/** The table of contents of an agreement; `current` marks the article being read. */
export function TableOfContents({ agreement, entries, current, headingLevel = 2 }: { agreement: string; entries: Entry[]; current?: string; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <nav aria-label="Table of contents" className="space-y-4">
      {groupBySection(entries).map((g) => (
        <section key={g.section}>
          <H className="text-sm font-semibold text-slate-900">{g.section}</H>
          <ul className="mt-1 space-y-0.5 text-sm">
            {g.entries.map((e) => (
              <li key={e.articleId}>
                <Link href={articleHref(agreement, e.articleId)} aria-current={e.articleId === current ? "page" : undefined}
                  className={`block rounded px-1 py-0.5 hover:bg-blue-50 ${e.articleId === current ? "bg-blue-900 font-semibold text-white hover:bg-blue-900" : "text-blue-900 underline-offset-2 hover:underline"}`}>
                  {label(e)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
