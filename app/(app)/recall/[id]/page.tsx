import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { listRecall } from "@/lib/dal/recall";
import { todayInBC } from "@/lib/dal/dates";
import { formatBC } from "@/lib/dal/bc-time";
import { relativeDays } from "@/lib/format/dates";
import { OfferForm, ResponseForm } from "@/components/recall/offer-forms";
import { Cites } from "@/components/layoffs/explained";
import { offerAction, respondAction } from "../actions";

export const metadata: Metadata = { title: "Recall entry" };

export default async function RecallEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser();
  const today = todayInBC();
  const lists = await listRecall(actor, today);
  const list = lists.find((l) => l.rows.some((r) => r.id === id));
  const r = list?.rows.find((x) => x.id === id);
  if (!list || !r) notFound();
  const pending = r.offers.find((o) => o.id === r.pendingOfferId);
  return (
    <div className="max-w-4xl space-y-5">
      <p><Link className="text-blue-800 underline" href="/recall">← Recall list</Link></p>
      <h1 className="text-2xl font-bold">{r.employee.name} ({r.employee.number})</h1>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Laid off</dt><dd>{r.layoffEffectiveDate}</dd>
        <dt className="font-medium">Status</dt><dd>{r.status === "ACTIVE" ? "On the recall list" : r.status === "RECALLED" ? "Recalled" : "Rights lost"}{r.lostReason ? `: ${r.lostReason}` : ""}</dd>
        <dt className="font-medium">{r.rulesId === "sd73-teachers" ? "Recall rights expire" : "Seniority lost on"}</dt>
        <dd>{r.expiresOn} ({relativeDays(r.expiresOn, today)}) <Cites agreement={r.rulesId} citations={[r.expiryArticle]} /></dd>
        <dt className="font-medium">Refusals</dt><dd>{r.refusals}{r.rulesId === "sd73-teachers" ? `, ${r.countedRefusals} counted; two end recall rights (C.12.1.c.vi.1)` : " (17.05(c): the agreement does not state a consequence)"}</dd>
      </dl>
      <details className="text-sm"><summary className="cursor-pointer text-blue-800 underline">Steps<span className="sr-only">: recall rights</span></summary><ol className="ml-5 list-decimal">{r.explain.map((s, k) => <li key={k}>{s}</li>)}</ol></details>
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="min-w-full text-sm">
          <caption className="px-3 py-2 text-left font-semibold">Offers</caption>
          <thead className="bg-slate-100 text-left"><tr>{["Position", "FTE", "Received", "Answer due", "Answer"].map((h) => <th key={h} scope="col" className="px-3 py-2">{h}</th>)}</tr></thead>
          <tbody>
            {r.offers.length === 0 ? <tr><td colSpan={5} className="px-3 py-2">No offers yet.</td></tr> : r.offers.map((o) => (
              <tr key={o.id} className="border-t border-slate-200">
                <td className="px-3 py-2">{o.positionTitle}</td><td className="px-3 py-2">{o.fteMilli / 1000}</td>
                <td className="px-3 py-2">{o.offeredAt}</td><td className="px-3 py-2">{o.respondBy}</td>
                <td className="px-3 py-2">{o.response ? `${o.response === "ACCEPTED" ? "Accepted" : "Declined"} ${o.respondedAt}${o.late ? " (late)" : ""}` : o.overdue ? <strong className="text-red-800">No answer: the 24 hours have passed</strong> : "Awaiting answer"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.canWrite && r.status === "ACTIVE" ? (
        pending ? (
          <section aria-labelledby="ans-h" className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="ans-h" className="mb-2 text-lg font-semibold">Answer to the offer of {pending.positionTitle}</h2>
            <ResponseForm action={respondAction.bind(null, r.id, pending.id)} respondBy={pending.respondBy} />
          </section>
        ) : (
          <section aria-labelledby="off-h" className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="off-h" className="mb-2 text-lg font-semibold">Record an offer</h2>
            <OfferForm action={offerAction.bind(null, r.id)} sd73={r.rulesId === "sd73-teachers"} now={formatBC(new Date()).replace(" ", "T")} />
          </section>
        )
      ) : null}
    </div>
  );
}
