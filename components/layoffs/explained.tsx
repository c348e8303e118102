import { Citation } from "@/components/citation";
import type { Explanation } from "@/lib/rules";

/** The articles a figure rests on, linked to the agreement library. */
export function Cites({ agreement, citations }: { agreement: string; citations: string[] }) {
  if (!citations.length) return null;
  return (
    <span className="text-xs">
      {citations.map((c, k) => <span key={c}>{k ? ", " : ""}<Citation agreement={agreement} article={c} /></span>)}
    </span>
  );
}

/** A figure's steps in words, folded away; the summary names what they explain. */
export function Steps({ label, e }: { label: string; e: Explanation }) {
  return (
    <details className="mt-1 text-sm">
      <summary className="cursor-pointer text-blue-800 underline">Steps<span className="sr-only">: {label}</span></summary>
      <ol className="ml-5 mt-1 list-decimal space-y-1 text-slate-800">
        {e.steps.map((s, k) => <li key={k}>{s}</li>)}
      </ol>
      {e.interpretations.length ? <p className="mt-1 text-xs text-slate-700">Interpretations applied: {e.interpretations.join(", ")}</p> : null}
    </details>
  );
}
