import Link from "@/components/ui/link";
import { centsToDecimal, formatCents } from "@/lib/rules/core";
import { Citation } from "@/components/citation";

type Line = { id: string; date: Date; kind: string; totalCents: number; wageCents: number; inLieuCents: number; paidFractionMilli: number; citations: string[]; steps: string[]; reason?: string | null; employee: { employeeNumber: string; firstName: string; lastName: string } };
type Data = { lines: Line[]; count: number; totalCents: number; days: number; page: number; pageCount: number; ttoc: { employeeNumber: string; firstName: string; lastName: string } | null };

/** The lines of a period, filtered by TTOC and paged, with each day's arithmetic on screen (B.2.5, B.2.6, B.2.9). */
export function TtocLines({ periodId, data, employeeNumber }: { periodId: string; data: Data; employeeNumber?: string }) {
  const q = (p: number) => `/ttoc/${periodId}?${new URLSearchParams({ ...(employeeNumber ? { ttoc: employeeNumber } : {}), lpage: String(p) })}#lines-h`;
  const who = data.ttoc ? `${data.ttoc.lastName}, ${data.ttoc.firstName} (${data.ttoc.employeeNumber})` : null;
  return (
    <section aria-labelledby="lines-h" className="rounded-lg border border-slate-300 bg-white p-4" data-testid="ttoc-lines">
      <h2 id="lines-h" className="text-lg font-semibold">{who ? `Lines of ${who}` : `Lines (${data.count})`}</h2>
      <form method="get" action={`/ttoc/${periodId}`} className="mt-2 flex flex-wrap items-end gap-2" role="search" aria-label="Filter lines by TTOC">
        <div>
          <label htmlFor="lines-ttoc" className="block text-sm font-medium">TTOC employee number</label>
          <input id="lines-ttoc" name="ttoc" defaultValue={employeeNumber ?? ""} inputMode="numeric" className="mt-1 w-40 rounded-md border border-slate-400 px-2 py-1 placeholder:text-slate-500 placeholder:italic" placeholder="e.g. 730009" />
        </div>
        <button type="submit" className="rounded-md border border-slate-400 px-3 py-1">Show lines</button>
        {employeeNumber ? <Link className="text-blue-800 underline" href={`/ttoc/${periodId}#lines-h`}>All TTOCs</Link> : null}
      </form>
      {employeeNumber && !data.count ? <p className="mt-2">No lines for {who ?? employeeNumber} in this period.</p> : null}
      {who && data.count ? <p className="mt-2 font-medium">{data.count} line{data.count === 1 ? "" : "s"} · {data.days} day{data.days === 1 ? "" : "s"} paid · total {formatCents(data.totalCents)}</p> : null}
      <ul className="mt-2 divide-y divide-slate-200 text-sm">
        {data.lines.map((l) => (
          <li key={l.id} className="py-2">
            <p className="font-medium">{l.date.toISOString().slice(0, 10)} · {l.employee.lastName}, {l.employee.firstName} ({l.employee.employeeNumber}) · {l.paidFractionMilli / 1000} day · wage {centsToDecimal(l.wageCents)} + in lieu {centsToDecimal(l.inLieuCents)} = ${centsToDecimal(l.totalCents)}{l.kind === "ADJUSTMENT" ? ` (adjustment${l.reason ? `: ${l.reason}` : ""})` : ""}</p>
            {who ? (
              <>
                <ol className="ml-6 list-decimal">{l.steps.map((s, i) => <li key={i}>{s}</li>)}</ol>
                <p className="ml-6">Articles: {l.citations.map((c, i) => <span key={c}>{i ? ", " : ""}<Citation agreement="sd73-teachers" article={c} /></span>)}</p>
              </>
            ) : (
              <details><summary className="cursor-pointer text-blue-800">Arithmetic</summary><ol className="ml-6 list-decimal">{l.steps.map((s, i) => <li key={i}>{s}</li>)}</ol></details>
            )}
          </li>
        ))}
      </ul>
      {data.pageCount > 1 ? (
        <nav aria-label="Pages of lines" className="mt-3 flex flex-wrap gap-3 text-sm">
          {data.page > 1 ? <a className="text-blue-800 underline" href={q(data.page - 1)}>Previous lines</a> : null}
          <span>Page {data.page} of {data.pageCount}</span>
          {data.page < data.pageCount ? <a className="text-blue-800 underline" href={q(data.page + 1)}>Next lines</a> : null}
        </nav>
      ) : null}
    </section>
  );
}
