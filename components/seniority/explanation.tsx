import { Citation } from "@/components/citation";
import { InterpretationLinks } from "@/components/interpretation-links";

/** Citations and steps of a rules result, as a steward reads them. */
export function ExplanationView({ agreement, citations, steps, interpretations }: { agreement: string; citations: string[]; steps: string[]; interpretations?: string[] }) {
  return (
    <div className="space-y-3">
      <ol className="list-decimal space-y-1 pl-6">
        {steps.map((s, i) => <li key={i}>{s}</li>)}
      </ol>
      <p className="text-sm">Articles applied: {citations.map((c, i) => <span key={c}>{i ? ", " : ""}<Citation agreement={agreement} article={c} /></span>)}</p>
      <InterpretationLinks agreement={agreement} ids={interpretations ?? []} />
    </div>
  );
}
