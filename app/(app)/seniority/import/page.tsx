import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/dal/session";
import { employeeTargets } from "@/lib/dal/employees";
import { Forbidden } from "@/components/forbidden";
import { ImportForm } from "@/components/employees/import-form";
import { LEDGER_CSV_COLUMNS, LEDGER_CSV_REQUIRED, MAX_LEDGER_ROWS } from "@/lib/schemas/ledger-csv";
import { ENTRY_KINDS } from "@/lib/schemas/ledger";
import { importLedgerAction } from "../actions";
import { first } from "@/lib/search-params";

export const metadata: Metadata = { title: "Import ledger entries" };

export default async function ImportLedgerPage({ searchParams }: { searchParams: Promise<{ organizationId?: string | string[] }> }) {
  const actor = await requireUser();
  const targets = await employeeTargets(actor);
  if (targets.length === 0) return <Forbidden what="import service-ledger entries" />;
  const organizationId = first((await searchParams).organizationId);
  const org = targets.length === 1 ? targets[0] : targets.find((t) => t.id === organizationId);
  const sd73 = org?.agreements[0]?.rulesId === "sd73-teachers";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Import service-ledger entries{org ? ` — ${org.code}` : ""}</h1>
      {!org ? (
        <ul className="list-disc pl-6">
          {targets.map((t) => <li key={t.id}><Link className="text-blue-800 underline" href={`/seniority/import?organizationId=${t.id}`}>{t.name}</Link></li>)}
        </ul>
      ) : (
        <>
          <section aria-labelledby="format" className="rounded-lg border border-slate-300 bg-white p-4 text-sm">
            <h2 id="format" className="text-lg font-semibold">File format</h2>
            <p className="mt-1">A UTF-8 CSV file with a header row, at most {MAX_LEDGER_ROWS.toLocaleString("en-CA")} rows. All-or-nothing: if any row has an error, nothing is imported and every error is listed by row and field. Each employee&apos;s seniority summary is recomputed in the same transaction.</p>
            <p className="mt-1">Columns (in any order): <code>{LEDGER_CSV_COLUMNS.join(", ")}</code>. Required: <code>{LEDGER_CSV_REQUIRED.join(", ")}</code>.</p>
            <p className="mt-1"><code>kind</code>: {ENTRY_KINDS.join(", ")}. Dates are <code>YYYY-MM-DD</code>; <code>endDate</code> blank for an open entry; <code>fte</code> 0–1 for appointments and contracts.</p>
            <p className="mt-1"><code>quantity</code>: {sd73 ? "TTOC_DAYS in days worked, in halves (C.2.3.b.i); PORTED_SENIORITY in days (189 a year, C.2.2); " : ""}HOURS_WORKED in hours (two decimals).</p>
            <p className="mt-1"><code>reason</code>: {sd73 ? "for LEAVE the leave kind (e.g. long-term-unpaid, parenthood, paid-sick-leave: C.2.7.d–e); for TEMPORARY_CONTRACT TEMPORARY or TERM." : "for UNPAID_BREAK the reason (unpaid-leave, no-assignment, 24.07(a), 24.07(b), 24.07(e), illness-injury, sick-leave, ltd: 15.01(b))."}</p>
            <p className="mt-1">Refused: a contract overlapping another, an entry ending before it starts, hours or TTOC days on a day with no employment.</p>
          </section>
          <ImportForm action={importLedgerAction.bind(null, org.id)} />
        </>
      )}
    </div>
  );
}
