import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { listLibraryAgreements } from "@/lib/dal/library";
import { LibrarySearchForm } from "@/components/library/search-form";

export const metadata: Metadata = { title: "Agreements" };

const iso = (d: Date) => d.toISOString().slice(0, 10);

export default async function AgreementsPage() {
  const actor = await requireUser();
  const agreements = await listLibraryAgreements(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Agreements</h1>
      {agreements.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-4">None of your districts or locals has an agreement in the library.</p>
      ) : (
        <>
          <LibrarySearchForm agreements={agreements} />
          <ul className="grid gap-3 md:grid-cols-2">
            {agreements.map((a) => (
              <li key={a.rulesId} className="rounded-lg border border-slate-300 bg-white p-4">
                <h2 className="text-lg font-semibold">
                  <Link href={`/agreements/${a.rulesId}`} className="text-blue-900 underline">{a.title}</Link>
                </h2>
                <p className="text-sm text-slate-700">{a.organization.code} · {a.local.name} · {a.bargainingUnit}</p>
                <p className="text-sm text-slate-700">Term {iso(a.termStart)} to {iso(a.termEnd)} · {a.articleCount} articles, letters and schedules</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
