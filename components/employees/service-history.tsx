const KIND_LABELS: Record<string, string> = {
  APPOINTMENT: "Appointment", TEMPORARY_CONTRACT: "Temporary contract", TTOC_DAYS: "TTOC days", LEAVE: "Leave",
  LAYOFF: "Layoff", RECALL: "Recall", PORTED_SENIORITY: "Ported seniority", UNPAID_BREAK: "Unpaid break",
  HOURS_WORKED: "Hours worked", STEP_CHANGE: "Step change",
};

type Rec = { id: string; kind: string; startDate: Date; endDate: Date | null; fteMilli: number | null; quantity: number | null; reason?: string | null; note: string | null };

function amount(r: Rec): string {
  if (r.quantity === null) return r.fteMilli !== null ? `${(r.fteMilli / 1000).toFixed(3)} FTE` : "—";
  if (r.kind === "TTOC_DAYS") return `${(r.quantity / 2).toFixed(1)} days`;
  if (r.kind === "HOURS_WORKED") return `${(r.quantity / 100).toFixed(2)} hours`;
  if (r.kind === "PORTED_SENIORITY") return `${r.quantity} days`;
  return String(r.quantity);
}

export function ServiceHistory({ records }: { records: Rec[] }) {
  return (
    <section aria-labelledby="service-history" className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="service-history" className="text-lg font-semibold">Service history</h2>
      {records.length === 0 ? (
        <p className="mt-2 text-slate-700">No service records yet.</p>
      ) : (
        // A labelled, focusable scroll region: at phone width the table scrolls sideways inside it.
        <div className="mt-2 overflow-x-auto" role="region" aria-label="Service records" tabIndex={0}>
        <table className="min-w-full text-sm">
          <caption className="sr-only">Service records, oldest first</caption>
          <thead className="text-left">
            <tr><th scope="col" className="py-1 pr-3">Kind</th><th scope="col" className="py-1 pr-3">From</th><th scope="col" className="py-1 pr-3">To</th><th scope="col" className="py-1 pr-3">Amount</th><th scope="col" className="py-1">Note</th></tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.id} className="border-t border-slate-200">
                <td className="py-1 pr-3">{KIND_LABELS[r.kind] ?? r.kind}</td>
                <td className="whitespace-nowrap py-1 pr-3">{r.startDate.toISOString().slice(0, 10)}</td>
                <td className="whitespace-nowrap py-1 pr-3">{r.endDate ? r.endDate.toISOString().slice(0, 10) : "—"}</td>
                <td className="py-1 pr-3">{amount(r)}</td>
                <td className="py-1">{[r.reason, r.note].filter(Boolean).join(" — ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}
