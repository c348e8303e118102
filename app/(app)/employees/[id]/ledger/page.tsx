import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { canEditEmployees, getEmployee } from "@/lib/dal/employees";
import { todayInBC } from "@/lib/dal/dates";
import { LEAVE_KINDS } from "@/lib/rules";
import { SD71_BREAK_REASONS } from "@/lib/seniority/sd71-ledger";
import { CONTRACT_TYPES, ENTRY_KINDS, KIND_LABELS } from "@/lib/schemas/ledger";
import { ServiceHistory } from "@/components/employees/service-history";
import { LedgerForm } from "@/components/seniority/ledger-form";
import { addLedgerEntryAction } from "@/app/(app)/seniority/actions";
import { orNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "Service ledger" };

export default async function LedgerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser();
  const e = await orNotFound(getEmployee(actor, id));
  const sd73 = e.agreement.rulesId === "sd73-teachers";
  const kinds = ENTRY_KINDS.filter((k) => sd73 ? k !== "HOURS_WORKED" && k !== "UNPAID_BREAK" : k !== "TTOC_DAYS" && k !== "PORTED_SENIORITY" && k !== "LEAVE").map((k) => ({ value: k, label: KIND_LABELS[k] }));
  const reasons = sd73 ? [...LEAVE_KINDS.map((k) => ({ value: k, label: `Leave: ${k}` })), ...CONTRACT_TYPES.map((k) => ({ value: k, label: `Contract: ${k}` }))] : SD71_BREAK_REASONS.map((k) => ({ value: k, label: `Break: ${k}` }));
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Service ledger — {e.firstName} {e.lastName}</h1>
      <p className="text-slate-700">Employee {e.employeeNumber}. Each entry updates the employee&apos;s seniority in the same transaction. <Link className="text-blue-800 underline" href={`/seniority/${e.agreement.rulesId}/explain/${e.id}?asOf=${todayInBC()}`}>Seniority today, explained</Link></p>
      {canEditEmployees(actor, e.organizationId) ? <LedgerForm action={addLedgerEntryAction.bind(null, e.id)} kinds={kinds} reasons={reasons} /> : null}
      <ServiceHistory records={e.serviceRecords} />
      <p><Link className="text-blue-800 underline" href={`/employees/${e.id}`}>Back to the employee</Link></p>
    </div>
  );
}
