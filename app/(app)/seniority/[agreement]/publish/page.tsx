import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { todayInBC } from "@/lib/dal/dates";
import { buildSeniorityList, scopedAgreement, type AgreementId } from "@/lib/dal/seniority-list";
import { canManageSeniority, listFingerprint, publishedListOn } from "@/lib/dal/seniority-published";
import { AGREEMENT_IDS, LIST_LABELS, ListQuery } from "@/lib/schemas/seniority";
import { OFFICIAL, publishDateFor } from "@/lib/seniority/official";
import { tieFlags } from "@/lib/seniority/ties";
import { SeniorityTable } from "@/components/seniority/list-table";
import { ListPager, pageOf } from "@/components/seniority/list-pager";
import { PublishForm } from "@/components/seniority/publish-form";
import { Forbidden } from "@/components/forbidden";
import { publishListAction } from "../../actions";
import { orNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "Review the seniority list to publish" };

const PAGE_SIZE = 500;

/** The review step of publishing: exactly the list that will be frozen, its date and article, then the confirm button. */
export default async function PublishReviewPage({ params, searchParams }: { params: Promise<{ agreement: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { agreement } = await params;
  if (!(AGREEMENT_IDS as readonly string[]).includes(agreement)) notFound();
  const rulesId = agreement as AgreementId;
  const actor = await requireUser();
  const a = await orNotFound(scopedAgreement(actor, rulesId));
  if (!canManageSeniority(actor, a.organizationId)) return <Forbidden what="publish a seniority list" />;
  const sp = await searchParams;
  const q = ListQuery.safeParse(sp);
  const today = todayInBC();
  const viewed = (q.success && q.data.asOf) || today;
  const list = (rulesId === "sd71-cupe439" && q.success && q.data.list) || "REGULAR";
  const asOf = publishDateFor(rulesId, list, viewed, today);
  const o = OFFICIAL[rulesId];
  const why = list === "REGULAR" ? `its official date ${asOf} (${o.article})` : `${asOf}, today: a list is published once its date has passed`;
  const back = `/seniority/${rulesId}?${new URLSearchParams({ asOf: viewed, list })}`;
  const label = LIST_LABELS[list];
  const existing = await publishedListOn(actor, rulesId, list, asOf);
  return (
    <div className="space-y-5">
      <p><Link className="text-blue-800 underline" href={back}>Back to the list</Link></p>
      <h1 className="text-2xl font-bold">Review the {label.toLowerCase()} to publish</h1>
      {!q.success ? <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">The list date must be a date (YYYY-MM-DD); showing the list of today&apos;s official date.</p> : null}
      {viewed !== asOf ? <p data-testid="publish-date-differs" className="rounded-md border border-amber-500 bg-amber-50 p-3 text-amber-950">You were viewing the list as of {viewed}; the list is published as of {why}.</p> : null}
      {existing ? (
        <div role="status" className="space-y-2 rounded-md border border-slate-400 bg-white p-4">
          <p>The {label.toLowerCase()} as of {asOf} was already published on {existing.publishedOn}; a published list is never replaced.</p>
          <p><Link className="font-medium text-blue-800 underline" href={`/seniority/published/${existing.id}`}>Open the published list as of {asOf}</Link></p>
        </div>
      ) : (
        <Review rulesId={rulesId} list={list} asOf={asOf} viewed={viewed} sp={sp} />
      )}
    </div>
  );
}

async function Review({ rulesId, list, asOf, viewed, sp }: { rulesId: AgreementId; list: "REGULAR" | "CONTINUING_TEMPORARY"; asOf: string; viewed: string; sp: Record<string, string | string[] | undefined> }) {
  const actor = await requireUser();
  const l = await buildSeniorityList(actor, rulesId, asOf, list);
  const o = OFFICIAL[rulesId];
  const label = LIST_LABELS[list];
  const { page, pages, from, shown: rows, range } = pageOf(l.rows, PAGE_SIZE, sp.page);
  const ties = tieFlags(l.rows, rulesId, list);
  const shown = rows.map((r, i) => ({ ...r, tie: ties[from + i] }));
  const tied = ties.filter(Boolean).length;
  const qs = new URLSearchParams({ asOf: viewed, list }).toString();
  const pager = (where: "above" | "below") => <ListPager page={page} pages={pages} total={l.rows.length} pageSize={PAGE_SIZE} href={(n) => `/seniority/${rulesId}/publish?${qs}&page=${n}`} where={where} />;
  return (
    <>
      <section aria-labelledby="frozen" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="frozen" className="text-lg font-semibold">What will be published</h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">List</dt><dd>{label}, {l.agreement.title}</dd>
          <dt className="font-medium">As of</dt><dd data-testid="publish-as-of">{asOf}{list === "REGULAR" ? ` (official date ${o.label}, ${o.article})` : " (15.02(b))"}</dd>
          <dt className="font-medium">Employees</dt><dd data-testid="publish-count">{l.rows.length} employee(s)</dd>
          <dt className="font-medium">Ties</dt><dd>{tied ? `${tied} employee(s) in a tie, each flagged below with the rule that placed them` : "No equal seniority"}</dd>
        </dl>
        <p className="mt-2 text-sm">Publishing stores this list and each row&apos;s explanation unchanged; a published list is never replaced.{rulesId === "sd71-cupe439" ? " Appeals may be received for six months from the date it is issued (15.02(a))." : ""}</p>
        <ul className="mt-2 list-disc pl-6 text-sm">{l.summary.map((s) => <li key={s}>{s}</li>)}</ul>
        <p className="mt-2 text-sm"><a className="text-blue-800 underline" href="#confirm">Go to the Publish button below the list</a></p>
      </section>
      {pager("above")}
      <SeniorityTable rows={shown} caption={`${label} as of ${asOf}, as it will be published, most senior first${range}`} rules={rulesId} list={list} />
      {pager("below")}
      <section aria-labelledby="confirm" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="confirm" className="text-lg font-semibold">Publish</h2>
        <p className="text-sm">{l.rows.length} employee(s), as of {asOf}. This cannot be undone.</p>
        {l.rows.length ? <PublishForm action={publishListAction.bind(null, rulesId)} asOf={asOf} list={list} reviewed={listFingerprint(l.rows)} /> : <p className="text-sm">Nobody is on this list on that date: there is nothing to publish.</p>}
      </section>
    </>
  );
}
