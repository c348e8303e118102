import { requireUser } from "@/lib/dal/session";
import { NotFoundError } from "@/lib/dal/errors";
import { toIso } from "@/lib/dal/dates";
import { getPublishedList } from "@/lib/dal/seniority-published";
import { toCsv } from "@/lib/csv";
import { placedByWords, tieFlags } from "@/lib/seniority/ties";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  let l;
  try { l = await getPublishedList(actor, id); } catch (e) {
    if (e instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw e;
  }
  const kind = l.list as "REGULAR" | "CONTINUING_TEMPORARY";
  const ties = tieFlags(l.rows, l.rulesId, kind);
  const csv = toCsv(
    ["rank", "employeeNumber", "name", "employmentType", "seniorityDays", "seniorityDate", "placedBy", "tie", "citations"],
    l.rows.map((r, i) => [r.rank, r.employeeNumber, r.name, r.employmentType, r.seniorityDays?.toFixed(2) ?? "", r.seniorityDate ? toIso(r.seniorityDate) : "", placedByWords(r.decidedBy, l.rulesId, kind), ties[i] ?? "", r.citations.join("; ")]),
  );
  return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "cache-control": "private, no-store", "content-disposition": `attachment; filename="seniority-${l.rulesId}-${toIso(l.asOf)}-published.csv"` } });
}
