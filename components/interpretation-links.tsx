import Link from "@/components/ui/link";
import { interpretationRef } from "@/lib/format/interpretations";

/** "Interpretations applied: <title>, <title>", each linked to its explanation in the agreement library. */
export function InterpretationLinks({ agreement, ids, className = "text-sm text-slate-700" }: { agreement: string; ids: string[]; className?: string }) {
  if (!ids.length) return null;
  return (
    <p className={className}>
      Interpretations applied:{" "}
      {ids.map((id, i) => {
        const r = interpretationRef(agreement, id);
        return <span key={id}>{i ? "; " : ""}<Link className="text-blue-800 underline" href={r.href}>{r.title}</Link></span>;
      })}
    </p>
  );
}
