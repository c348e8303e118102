import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { listPublished, seniorityAgreements } from "@/lib/dal/seniority-published";
import { todayInBC, toIso } from "@/lib/dal/dates";
import { LIST_LABELS } from "@/lib/schemas/seniority";
import { OFFICIAL } from "@/lib/seniority/official";

export const metadata: Metadata = { title: "Seniority lists" };

export default async function SeniorityPage() {
  const actor = await requireUser();
  const [agreements, published] = await Promise.all([seniorityAgreements(actor), listPublished(actor)]);
  const today = todayInBC();
  const titleOf = new Map(agreements.map((a) => [a.id, `${a.organization.code} ${a.rulesId === "sd73-teachers" ? "teachers" : "CUPE 439"}`]));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Seniority lists</h1>
      <p className="max-w-3xl text-slate-700">Lists computed from each employee&apos;s service ledger as of any date, with the agreement&apos;s tie-breaks applied and every figure explained. SD73 lists are updated May 1 (C.12.1.c.ii); SD71 lists are issued in February with seniority to January 31 and may be appealed for six months (15.02(a)).</p>
      {agreements.length === 0 ? <p className="rounded-md border border-slate-300 bg-white p-4">You belong to no district or local with a seniority list.</p> : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {agreements.map((a) => (
            <li key={a.id} className="rounded-lg border border-slate-300 bg-white p-4">
              <h2 className="font-semibold"><Link className="text-blue-800 underline" href={`/seniority/${a.rulesId}?asOf=${today}`}>{a.organization.name}</Link></h2>
              <p className="text-sm text-slate-700">{a.title}</p>
              <p className="mt-1 text-sm">Official list date: {OFFICIAL[a.rulesId].label} ({OFFICIAL[a.rulesId].article}).{a.canManage ? "" : " Read-only."}</p>
              {a.canManage ? <p className="mt-1 text-sm"><Link className="text-blue-800 underline" href={`/seniority/import?organizationId=${a.organizationId}`}>Import ledger entries (CSV)</Link></p> : null}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="published">
        <h2 id="published" className="text-lg font-semibold">Published lists</h2>
        {published.length === 0 ? <p className="mt-2 rounded-md border border-slate-300 bg-white p-4">No list has been published yet.</p> : (
          <table className="mt-2 min-w-full rounded-lg border border-slate-300 bg-white text-sm">
            <caption className="sr-only">Published seniority lists, latest first</caption>
            <thead className="bg-slate-100 text-left"><tr>{["List", "Agreement", "As of", "Published", "Rows", "Appeals"].map((h) => <th key={h} scope="col" className="px-3 py-2">{h}</th>)}</tr></thead>
            <tbody>
              {published.map((p) => (
                <tr key={p.id} className="border-t border-slate-200">
                  <td className="px-3 py-2"><Link className="text-blue-800 underline" href={`/seniority/published/${p.id}`}>{LIST_LABELS[p.list as keyof typeof LIST_LABELS]} as of {toIso(p.asOf)}</Link></td>
                  <td className="px-3 py-2">{titleOf.get(p.agreementId)}</td>
                  <td className="px-3 py-2">{toIso(p.asOf)}</td>
                  <td className="px-3 py-2">{toIso(p.publishedOn)}</td>
                  <td className="px-3 py-2">{p._count.rows}</td>
                  <td className="px-3 py-2">{p._count.appeals}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
