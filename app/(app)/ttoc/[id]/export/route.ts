import { requireUser } from "@/lib/dal/session";
import { payPeriodLines } from "@/lib/dal/ttoc";
import { NotFoundError } from "@/lib/dal/errors";
import { toCsv } from "@/lib/csv";
import { centsToDecimal } from "@/lib/rules/core";

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  let data;
  try { data = await payPeriodLines(actor, id); } catch (e) { if (e instanceof NotFoundError) return new Response("Not found", { status: 404 }); throw e; }
  const { period, lines } = data;
  // Before approval the lines can still change: the file says so in its name and on every row.
  const draft = period.status !== "APPROVED";
  const status = draft ? "DRAFT - not approved" : "APPROVED";
  const body = toCsv(
    ["employeeNumber", "lastName", "firstName", "date", "kind", "paidDays", "wage", "inLieu", "total", "articles", "reason", "status"],
    lines.map((l) => [l.employee.employeeNumber, l.employee.lastName, l.employee.firstName, iso(l.date), l.kind, (l.paidFractionMilli / 1000).toString(), centsToDecimal(l.wageCents), centsToDecimal(l.inLieuCents), centsToDecimal(l.totalCents), l.citations.join(" "), l.reason ?? "", status]),
  );
  const name = `ttoc-pay-${period.organization.code}-${iso(period.startDate)}${draft ? "-DRAFT" : ""}.csv`;
  return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8", "cache-control": "private, no-store", "content-disposition": `attachment; filename="${name}"` } });
}
