import Link from "@/components/ui/link";
import type { SearchHit } from "@/lib/dal/library-search";
import { articleHref } from "@/lib/library/resolve";
import { LibrarySearchForm } from "@/components/library/search-form";
import { Snippet } from "@/components/library/snippet";

/** Shown for an id the agreement does not have: what was asked, near ids, search matches and a search box. */
export function ArticleNotFound({ agreement, title, ref_, hits, near }: {
  agreement: string; title: string; ref_: string; hits: SearchHit[]; near: Array<{ articleId: string; heading: string }>;
}) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">No article “{ref_}” in {title}</h1>
      <p>The citation may be mistyped, or name a document outside this agreement. These may be what you are looking for:</p>
      {near.length ? (
        <section aria-labelledby="near-heading">
          <h2 id="near-heading" className="text-lg font-semibold">Articles with a similar id</h2>
          <ul className="mt-1 list-disc pl-6">
            {near.map((a) => <li key={a.articleId}><Link className="text-blue-900 underline" href={articleHref(agreement, a.articleId)}>{a.articleId} {a.heading}</Link></li>)}
          </ul>
        </section>
      ) : null}
      {hits.length ? (
        <section aria-labelledby="hits-heading">
          <h2 id="hits-heading" className="text-lg font-semibold">Articles that mention it</h2>
          <ul className="mt-1 space-y-2">
            {hits.map((h) => (
              <li key={h.articleId}>
                <Link className="text-blue-900 underline" href={articleHref(agreement, h.articleId)}>{h.articleId} {h.heading}</Link>
                <Snippet text={h.snippet} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <LibrarySearchForm agreements={[{ rulesId: agreement, title }]} q={ref_} />
      <p><Link className="text-blue-900 underline" href={`/agreements/${agreement}`}>Table of contents of {title}</Link></p>
    </div>
  );
}
