import { requireUser } from "@/lib/dal/session";
import { NotFoundError } from "@/lib/dal/errors";
import { toIso } from "@/lib/dal/dates";
import { getPublishedList } from "@/lib/dal/seniority-published";
import { LIST_LABELS } from "@/lib/schemas/seniority";
import { seniorityListPdf } from "@/lib/pdf/seniority-list";
import { OFFICIAL } from "@/lib/seniority/official";
import { placedByWords, tieFlags } from "@/lib/seniority/ties";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  let l;
  try { l = await getPublishedList(actor, id); } catch (e) {
    if (e instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw e;
  }
  const kind = l.list as keyof typeof LIST_LABELS;
  const ties = tieFlags(l.rows, l.rulesId, kind);
  const pdf = await seniorityListPdf({
    title: l.title, article: OFFICIAL[l.rulesId].article, listLabel: LIST_LABELS[l.list as keyof typeof LIST_LABELS], asOf: toIso(l.asOf), publishedOn: toIso(l.publishedOn), appealBy: l.appealBy, summary: l.summary,
    rows: l.rows.map((r, i) => ({ rank: r.rank, employeeNumber: r.employeeNumber, name: r.name, figure: r.seniorityDays !== null ? `${r.seniorityDays.toFixed(2)} days` : r.seniorityDate ? toIso(r.seniorityDate) : "", placedBy: ties[i] ?? placedByWords(r.decidedBy, l.rulesId, kind) })),
  });
  return new Response(Buffer.from(pdf), { headers: { "content-type": "application/pdf", "cache-control": "private, no-store", "content-disposition": `attachment; filename="seniority-${l.rulesId}-${toIso(l.asOf)}.pdf"` } });
}
