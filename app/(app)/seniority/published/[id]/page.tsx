import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { toIso } from "@/lib/dal/dates";
import { canManageSeniority, getPublishedList } from "@/lib/dal/seniority-published";
import { LIST_LABELS } from "@/lib/schemas/seniority";
import { tieFlags } from "@/lib/seniority/ties";
import { SeniorityTable } from "@/components/seniority/list-table";
import { AppealForm } from "@/components/seniority/appeal-form";
import { ListPager, pageOf } from "@/components/seniority/list-pager";
import { linkButton } from "@/components/ui/button";
import { recordAppealAction } from "../../actions";
import { orNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "Published seniority list" };

/** Rows (and their explanations) per page, as on the live list; the PDF and CSV carry the whole list. */
const PAGE_SIZE = 100;

export default async function PublishedPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const sp = await searchParams;
  const actor = await requireUser();
  const l = await orNotFound(getPublishedList(actor, id));
  const label = LIST_LABELS[l.list as keyof typeof LIST_LABELS];
  const manage = canManageSeniority(actor, l.organizationId);
  const kind = l.list as keyof typeof LIST_LABELS;
  const ties = tieFlags(l.rows, l.rulesId, kind); // over the whole list, so a tie across a page break is named
  const { page, pages, from, shown, range } = pageOf(l.rows, PAGE_SIZE, sp.page);
  const pager = (where: "above" | "below") => <ListPager page={page} pages={pages} total={l.rows.length} pageSize={PAGE_SIZE} href={(n) => `/seniority/published/${l.id}?page=${n}`} where={where} />;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{label} as of {toIso(l.asOf)}</h1>
      <p role="status" className="rounded-md border border-green-600 bg-green-50 p-3 text-green-900">Published on {toIso(l.publishedOn)}. This snapshot never changes{l.appealBy ? `; appeals are received until ${l.appealBy} (15.02(a))` : ""}.</p>
      <p className="text-slate-700">{l.title}</p>
      <div className="flex gap-3">
        <a className={linkButton} href={`/seniority/published/${l.id}/pdf`}>Print (PDF)</a>
        <a className={linkButton} href={`/seniority/published/${l.id}/csv`}>Download CSV</a>
      </div>
      <ul className="list-disc pl-6 text-sm">{l.summary.map((s) => <li key={s}>{s}</li>)}</ul>
      <p className="text-slate-700">{l.rows.length} employee(s).</p>
      {pager("above")}
      <SeniorityTable
        caption={`${label} as of ${toIso(l.asOf)} (published), most senior first${range}`}
        rows={shown.map((r, i) => ({ employeeId: r.employeeId, employeeNumber: r.employeeNumber, name: r.name, rank: r.rank, employmentType: r.employmentType, seniorityDays: r.seniorityDays, seniorityDate: r.seniorityDate ? toIso(r.seniorityDate) : null, decidedBy: r.decidedBy, tie: ties[from + i] }))}
        rules={l.rulesId} list={kind}
      />
      {pager("below")}
      <section aria-labelledby="explanations" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="explanations" className="text-lg font-semibold">Explanations as published{range}</h2>
        {shown.map((r) => (
          <details key={r.id} className="border-t border-slate-200 py-1">
            <summary>{r.rank}. {r.name} ({r.employeeNumber})</summary>
            <ol className="list-decimal pl-6 text-sm">{r.steps.map((s, i) => <li key={i}>{s}</li>)}</ol>
            <p className="text-sm">Articles: {r.citations.join(", ")}</p>
          </details>
        ))}
      </section>
      {l.appealBy ? (
        <section aria-labelledby="appeals" className="space-y-3">
          <h2 id="appeals" className="text-lg font-semibold">Appeals (15.02(a))</h2>
          {l.appeals.length === 0 ? <p>No appeals recorded.</p> : (
            <ul className="list-disc pl-6">{l.appeals.map((a) => <li key={a.id}>{toIso(a.receivedOn)}: {a.employee.lastName}, {a.employee.firstName} ({a.employee.employeeNumber}) — {a.grounds}</li>)}</ul>
          )}
          {manage ? <AppealForm action={recordAppealAction.bind(null, l.id)} appealBy={l.appealBy} /> : null}
        </section>
      ) : null}
      <p><Link className="text-blue-800 underline" href="/seniority">All seniority lists</Link></p>
    </div>
  );
}
