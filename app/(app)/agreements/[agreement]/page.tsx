import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/dal/session";
import { NotFoundError } from "@/lib/dal/errors";
import { listLibraryAgreements, tableOfContents } from "@/lib/dal/library";
import { LibrarySearchForm } from "@/components/library/search-form";
import { TableOfContents } from "@/components/library/toc";

export const metadata: Metadata = { title: "Agreement" };

export default async function AgreementPage({ params }: { params: Promise<{ agreement: string }> }) {
  const actor = await requireUser();
  const { agreement: rulesId } = await params;
  const toc = await tableOfContents(actor, rulesId).catch((e) => (e instanceof NotFoundError ? null : Promise.reject(e)));
  if (!toc) notFound();
  const { agreement, articles } = toc;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{agreement.title}</h1>
        <p className="text-sm text-slate-700">{agreement.organization.code} · {agreement.local.name} · {agreement.bargainingUnit}</p>
      </div>
      <LibrarySearchForm agreements={(await listLibraryAgreements(actor)).filter((a) => a.rulesId === rulesId)} />
      <div className="rounded-lg border border-slate-300 bg-white p-4">
        <TableOfContents agreement={rulesId} entries={articles} />
      </div>
    </div>
  );
}
