import { requireUser } from "@/lib/dal/session";
import { payPeriodLines } from "@/lib/dal/ttoc";
import { NotFoundError } from "@/lib/dal/errors";
import { ttocStatementPdf } from "@/lib/pdf/ttoc-statement";

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The printable pay statement of one TTOC for one period (PDF). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; employeeNumber: string }> }) {
  const actor = await requireUser();
  const { id, employeeNumber } = await params;
  const number = decodeURIComponent(employeeNumber);
  let data;
  try { data = await payPeriodLines(actor, id, number); } catch (e) { if (e instanceof NotFoundError) return new Response("Not found", { status: 404 }); throw e; }
  const { period, lines } = data;
  if (!lines.length) return new Response("No pay lines for this TTOC in this period", { status: 404 });
  const pdf = await ttocStatementPdf({
    district: period.organization.name, periodStart: iso(period.startDate), periodEnd: iso(period.endDate), status: period.status === "APPROVED" ? "approved" : "open, not yet approved",
    employee: lines[0].employee,
    lines: lines.map((l) => ({ ...l, date: iso(l.date), ref: l.refLine ? `the line of ${iso(l.refLine.date)} in the approved period ${iso(l.refLine.period.startDate)} to ${iso(l.refLine.period.endDate)}` : null })),
  });
  return new Response(pdf as BodyInit, { headers: { "content-type": "application/pdf", "cache-control": "private, no-store", "content-disposition": `inline; filename="ttoc-statement-${number}-${iso(period.startDate)}.pdf"` } });
}
