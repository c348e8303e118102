import { requireUser } from "@/lib/dal/session";
import { NotFoundError } from "@/lib/dal/errors";
import { todayInBC } from "@/lib/dal/dates";
import { buildSeniorityList, type AgreementId } from "@/lib/dal/seniority-list";
import { AGREEMENT_IDS, ListQuery } from "@/lib/schemas/seniority";
import { toCsv } from "@/lib/csv";
import { placedByWords, tieFlags } from "@/lib/seniority/ties";

export async function GET(req: Request, { params }: { params: Promise<{ agreement: string }> }) {
  const actor = await requireUser();
  const { agreement } = await params;
  const q = ListQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!(AGREEMENT_IDS as readonly string[]).includes(agreement) || !q.success) return new Response("Bad request: asOf must be YYYY-MM-DD", { status: 400 });
  const asOf = q.data.asOf ?? todayInBC();
  let l;
  try { l = await buildSeniorityList(actor, agreement as AgreementId, asOf, agreement === "sd71-cupe439" ? q.data.list ?? "REGULAR" : "REGULAR"); } catch (e) {
    if (e instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw e;
  }
  const ties = tieFlags(l.rows, l.agreement.rulesId, l.list);
  const csv = toCsv(
    ["rank", "employeeNumber", "name", "employmentType", "seniorityDays", "seniorityDate", "placedBy", "tie", "onLayoff"],
    l.rows.map((r, i) => [r.rank, r.employeeNumber, r.name, r.employmentType, r.seniorityDays?.toFixed(2) ?? "", r.seniorityDate ?? "", placedByWords(r.decidedBy, l.agreement.rulesId, l.list), ties[i] ?? "", r.laidOff ? "yes" : "no"]),
  );
  return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "cache-control": "private, no-store", "content-disposition": `attachment; filename="seniority-${agreement}-${l.list.toLowerCase()}-${asOf}.csv"` } });
}
