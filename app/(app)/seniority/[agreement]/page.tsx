import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { todayInBC } from "@/lib/dal/dates";
import { buildSeniorityList, type AgreementId } from "@/lib/dal/seniority-list";
import { canManageSeniority } from "@/lib/dal/seniority-published";
import { tieFlags } from "@/lib/seniority/ties";
import { AGREEMENT_IDS, LIST_LABELS, ListQuery } from "@/lib/schemas/seniority";
import { OFFICIAL, publishDateFor } from "@/lib/seniority/official";
import { SeniorityTable } from "@/components/seniority/list-table";
import { ListPager, pageOf } from "@/components/seniority/list-pager";
import { Button, linkButton } from "@/components/ui/button";
import { orNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "Seniority list" };

/** Rows per page: 100 keeps the page near 100 KB and quick to render under load; the CSV and PDF carry the whole list. */
const PAGE_SIZE = 100;

export default async function SeniorityListPage({ params, searchParams }: { params: Promise<{ agreement: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { agreement } = await params;
  if (!(AGREEMENT_IDS as readonly string[]).includes(agreement)) notFound();
  const rulesId = agreement as AgreementId;
  const actor = await requireUser();
  const sp = await searchParams;
  const q = ListQuery.safeParse(sp);
  const today = todayInBC();
  const asOf = (q.success && q.data.asOf) || today;
  const list = (rulesId === "sd71-cupe439" && q.success && q.data.list) || "REGULAR";
  const l = await orNotFound(buildSeniorityList(actor, rulesId, asOf, list));
  const manage = canManageSeniority(actor, l.agreement.organizationId);
  const o = OFFICIAL[rulesId];
  const qs = new URLSearchParams({ asOf, list }).toString();
  const { page, pages, from, shown: rows, range } = pageOf(l.rows, PAGE_SIZE, sp.page);
  // Ties are found over the whole list: a tie across a page break is still named on both pages.
  const ties = tieFlags(l.rows, rulesId, list);
  const shown = rows.map((r, i) => ({ ...r, tie: ties[from + i] }));
  const publishOn = publishDateFor(rulesId, list, asOf, today);
  const pager = (where: "above" | "below") => <ListPager page={page} pages={pages} total={l.rows.length} pageSize={PAGE_SIZE} href={(n) => `/seniority/${rulesId}?${qs}&page=${n}`} where={where} />;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{LIST_LABELS[list]} — {rulesId === "sd73-teachers" ? "SD73 teachers" : "SD71 CUPE 439"}</h1>
      <p className="max-w-3xl text-slate-700">{l.agreement.title}. As of {asOf}: {l.rows.length} employee(s). {manage ? "" : "You can read this list; only the district's HR clerks publish it and keep the ledger."}</p>
      {!q.success ? <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">The list date must be a date (YYYY-MM-DD); showing today&apos;s list.</p> : null}
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-4">
        <div>
          <label htmlFor="asOf" className="block text-sm font-medium">List date</label>
          <input id="asOf" name="asOf" type="date" defaultValue={asOf} className="mt-1 rounded-md border border-slate-400 px-3 py-2" />
        </div>
        {rulesId === "sd71-cupe439" ? (
          <div className="min-w-0 max-w-full">
            <label htmlFor="list" className="block text-sm font-medium">List</label>
            <select id="list" name="list" defaultValue={list} className="mt-1 w-full max-w-full rounded-md border border-slate-400 px-3 py-2 sm:w-auto">
              <option value="REGULAR">{LIST_LABELS.REGULAR} (15.01)</option>
              <option value="CONTINUING_TEMPORARY">{LIST_LABELS.CONTINUING_TEMPORARY} (15.03)</option>
            </select>
          </div>
        ) : null}
        <Button type="submit">Show list</Button>
        <a className={linkButton} href={`/seniority/${rulesId}/export?${qs}`}>Download CSV</a>
      </form>
      <section aria-labelledby="order" className="rounded-lg border border-slate-300 bg-white p-4 text-sm">
        <h2 id="order" className="font-semibold">How the list is ordered</h2>
        <ul className="mt-1 list-disc pl-6">{l.summary.map((s) => <li key={s}>{s}</li>)}</ul>
      </section>
      {manage ? (
        <section aria-labelledby="publish" className="rounded-lg border border-slate-300 bg-white p-4 text-sm">
          <h2 id="publish" className="text-lg font-semibold">Publish this list</h2>
          <p className="mt-1">{list === "REGULAR" ? `The list is published as of its official date, ${o.label} (${o.article}).` : "The continuing temporary list is updated after each payroll (15.02(b))."} A published list and each row&apos;s explanation are stored unchanged and never replaced: review it before publishing.</p>
          <p className="mt-2"><Link className="font-medium text-blue-800 underline" href={`/seniority/${rulesId}/publish?${qs}`}>Review the list to publish (as of {publishOn})</Link></p>
        </section>
      ) : null}
      {pager("above")}
      <SeniorityTable rows={shown} caption={`${LIST_LABELS[list]} as of ${asOf}, most senior first${range}`} explainHref={(r) => `/seniority/${rulesId}/explain/${r.employeeId}?${qs}`} rules={rulesId} list={list} />
      {pager("below")}
      <p><Link className="text-blue-800 underline" href="/seniority">All seniority lists</Link></p>
    </div>
  );
}
