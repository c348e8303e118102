import { requireUser } from "@/lib/dal/session";
import { getLifConsultation, signerEmails } from "@/lib/dal/lif";
import { NotFoundError } from "@/lib/dal/errors";
import { lifFormPdf } from "@/lib/pdf/lif-form";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  let data;
  try { data = await getLifConsultation(actor, id); } catch (e) {
    if (e instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw e;
  }
  const { c, allocation, status } = data;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const signers = await signerEmails(c.signatures);
  const pdf = await lifFormPdf({
    district: c.organization.name, local: c.local.name, schoolYear: c.schoolYear, deadline: iso(c.deadline), recipient: c.recipient,
    allocation: allocation ? { amountCents: allocation.amountCents, source: allocation.source } : null,
    meetings: c.meetings.map((m) => ({ date: iso(m.date), districtAttendees: m.districtAttendees, localAttendees: m.localAttendees })),
    marks: c.marks.map((m) => ({ party: m.party, key: m.key, met: m.met, note: m.note })),
    signatures: c.signatures.map((s) => ({ party: s.party, name: s.name, title: s.title, signedOn: iso(s.signedOn), account: signers.get(s.userId) ?? "" })),
    status,
  });
  return new Response(Buffer.from(pdf), {
    headers: { "content-type": "application/pdf", "cache-control": "private, no-store", "content-disposition": `attachment; filename="lif-confirmation-${c.organization.code}-${c.schoolYear}.pdf"` },
  });
}
