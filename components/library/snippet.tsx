import { snippetParts } from "@/lib/library/search-query";

/** A ts_headline snippet with its matches marked; rendered as text, never as HTML. */
export function Snippet({ text }: { text: string }) {
  return (
    <p className="text-sm text-slate-800">
      {snippetParts(text).map((p, i) => (p.match ? <mark key={i} className="rounded bg-yellow-200 px-0.5">{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </p>
  );
}
