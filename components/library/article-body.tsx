import { domId } from "@/lib/library/resolve";
import type { Block, TableBlock } from "@/lib/library/types";

const INDENT = ["pl-0", "pl-6", "pl-12", "pl-16", "pl-20"];

function Table({ t }: { t: TableBlock }) {
  const filled = (r: string[]) => r.slice(1).some((c) => c !== "");
  return (
    <div className="my-3 overflow-x-auto">
      <table className="min-w-[50%] border border-slate-300 text-sm">
        <caption className="py-1 text-left font-semibold">{t.caption || "Table"}</caption>
        <thead className="bg-slate-100">
          {t.head.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (c ? <th key={j} scope="col" className="border border-slate-300 px-2 py-1 text-left">{c}</th> : <td key={j} className="border border-slate-300 px-2 py-1" />))}
            </tr>
          ))}
        </thead>
        <tbody>
          {t.rows.map((r, i) => (
            <tr key={i} className="odd:bg-white even:bg-slate-50">
              {r.map((c, j) =>
                j === 0 && c && filled(r) ? (
                  <th key={j} scope="row" className="border border-slate-300 px-2 py-1 text-left font-medium">{c}</th>
                ) : (
                  <td key={j} className={`border border-slate-300 px-2 py-1 ${j > 0 ? "text-right tabular-nums" : ""}`}>{c}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An article's text as printed: clauses keep their labels and carry their ids as anchors (#B.2.6). */
export function ArticleBody({ blocks }: { blocks: Block[] }) {
  return (
    <div className="space-y-2 leading-relaxed">
      {blocks.map((b, i) => {
        if (b.type === "table") return <Table key={i} t={b} />;
        if (b.type === "h") return <h2 key={i} className="pt-2 text-base font-semibold text-slate-900">{b.text}</h2>;
        return (
          <p key={i} id={b.anchor ? domId(b.anchor) : undefined} className={`${INDENT[Math.min(b.depth, 4)]} scroll-mt-4 whitespace-pre-line rounded target:bg-amber-100 target:outline target:outline-2 target:outline-amber-500`}>
            {b.label ? <span className="mr-2 font-semibold">{b.label}</span> : null}
            {b.text}
            {b.anchor ? <span className="sr-only"> (clause {b.anchor})</span> : null}
          </p>
        );
      })}
    </div>
  );
}
