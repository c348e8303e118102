import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { listLibraryAgreements } from "@/lib/dal/library";
import { searchArticles } from "@/lib/dal/library-search";
import { articleHref } from "@/lib/library/resolve";
import { LibrarySearchForm } from "@/components/library/search-form";
import { Snippet } from "@/components/library/snippet";

export const metadata: Metadata = { title: "Search the agreements" };

const Params = z.object({ q: z.string().trim().max(200).catch(""), in: z.string().max(40).optional().catch(undefined) });

export default async function LibrarySearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requireUser();
  const raw = await searchParams;
  const p = Params.parse({ q: typeof raw.q === "string" ? raw.q : "", in: typeof raw.in === "string" && raw.in ? raw.in : undefined });
  const agreements = await listLibraryAgreements(actor);
  const scope = agreements.find((a) => a.rulesId === p.in)?.rulesId;
  const hits = p.q ? await searchArticles(actor, { q: p.q, agreement: scope }) : [];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Search the agreements</h1>
      <LibrarySearchForm agreements={agreements} q={p.q} scope={scope ?? ""} />
      {p.q ? (
        <p className="text-sm text-slate-700" aria-live="polite">
          {hits.length === 0 ? "No article matches" : `${hits.length}${hits.length === 25 ? " best" : ""} result${hits.length === 1 ? "" : "s"} for`} “{p.q}”
          {scope ? ` in ${agreements.find((a) => a.rulesId === scope)?.title}` : agreements.length > 1 ? " in both agreements" : ""}.
        </p>
      ) : (
        <p className="text-sm text-slate-700">Type words or a “quoted phrase”, for example “teacher teaching on call” or “severance pay”.</p>
      )}
      {hits.length ? (
        <ol className="space-y-3">
          {hits.map((h) => (
            <li key={`${h.agreement}/${h.articleId}`} className="rounded-lg border border-slate-300 bg-white p-3">
              <h2 className="font-semibold">
                <Link href={articleHref(h.agreement, h.articleId)} className="text-blue-900 underline">{h.articleId} {h.heading !== h.articleId ? h.heading : ""}</Link>
              </h2>
              {agreements.length > 1 ? <p className="text-xs text-slate-700">{h.agreementTitle}</p> : null}
              <Snippet text={h.snippet} />
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
