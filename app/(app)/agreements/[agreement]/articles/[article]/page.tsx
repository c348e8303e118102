import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/dal/session";
import { NotFoundError } from "@/lib/dal/errors";
import { getArticle, tableOfContents } from "@/lib/dal/library";
import { searchArticles } from "@/lib/dal/library-search";
import { interpretationsFor } from "@/lib/library/interpretations";
import { articleHref, resolveRef } from "@/lib/library/resolve";
import { ArticleBody } from "@/components/library/article-body";
import { InterpretationsPanel } from "@/components/library/interpretations";
import { TableOfContents } from "@/components/library/toc";
import { ArticleNotFound } from "./not-found-suggestions";

type Params = { agreement: string; article: string };

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { article } = await params;
  return { title: `Article ${decode(article)}` };
}

/**
 * The reader: one article at its stable URL (/agreements/sd73-teachers/articles/B.2). Any other citation of the
 * agreement (a clause "B.2.6", "Letter of Understanding No. 11", "17.08(b)") redirects to its article, anchored at
 * the clause; an unknown id shows suggestions.
 */
export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const actor = await requireUser();
  const { agreement: rulesId, article: raw } = await params;
  const ref = decode(raw).trim();
  const toc = await tableOfContents(actor, rulesId).catch((e) => (e instanceof NotFoundError ? null : Promise.reject(e)));
  if (!toc) notFound();

  if (!toc.articles.some((a) => a.articleId === ref)) {
    const r = resolveRef(ref, toc.articles);
    if (r) redirect(articleHref(rulesId, r.articleId, r.anchor));
    const hits = await searchArticles(actor, { q: ref, agreement: rulesId, limit: 5 });
    const prefix = ref.slice(0, 2).toLowerCase();
    const near = toc.articles.filter((a) => a.articleId.toLowerCase().startsWith(prefix)).slice(0, 8);
    return <ArticleNotFound agreement={rulesId} title={toc.agreement.title} ref_={ref} hits={hits} near={near} />;
  }

  const { agreement, article, previous, next } = await getArticle(actor, rulesId, ref);
  const section = article.sectionPath.join(" › ");
  const inSection = toc.articles.filter((a) => a.sectionPath.join(" › ") === section);
  const interpretations = interpretationsFor(rulesId, article.articleId, toc.articles);
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap gap-1 text-slate-700">
          <li><Link className="text-blue-900 underline" href="/agreements">Agreements</Link> ›</li>
          <li><Link className="text-blue-900 underline" href={`/agreements/${rulesId}`}>{agreement.title}</Link> ›</li>
          <li>{section}</li>
        </ol>
      </nav>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <article aria-labelledby="article-heading" className="min-w-0 rounded-lg border border-slate-300 bg-white p-5">
          <h1 id="article-heading" className="mb-3 text-2xl font-bold">
            <span className="font-mono">{article.articleId}</span>{article.heading !== article.articleId ? ` ${article.heading}` : ""}
          </h1>
          <ArticleBody blocks={article.blocks} />
          <nav aria-label="Previous and next article" className="mt-6 flex justify-between gap-3 border-t border-slate-200 pt-3 text-sm">
            {previous ? <Link rel="prev" className="text-blue-900 underline" href={articleHref(rulesId, previous.articleId)}>← {previous.articleId} {previous.heading}</Link> : <span />}
            {next ? <Link rel="next" className="text-right text-blue-900 underline" href={articleHref(rulesId, next.articleId)}>{next.articleId} {next.heading} →</Link> : <span />}
          </nav>
        </article>
        <aside className="space-y-4" aria-label="About this article">
          <InterpretationsPanel agreement={rulesId} items={interpretations} />
          <section aria-labelledby="section-contents" className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="section-contents" className="text-lg font-semibold">In this part</h2>
            <TableOfContents agreement={rulesId} entries={inSection} current={article.articleId} headingLevel={3} />
            <Link className="mt-3 inline-block text-sm text-blue-900 underline" href={`/agreements/${rulesId}`}>Full table of contents</Link>
          </section>
        </aside>
      </div>
    </div>
  );
}
