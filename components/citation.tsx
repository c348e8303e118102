"use client";
import Link from "@/components/ui/link";
import { useId, useRef, useState } from "react";

type Preview = { articleId: string; anchor: string | null; heading: string; excerpt: string; href: string };
type State = { status: "idle" | "loading" | "missing" | "error" } | { status: "ready"; preview: Preview };

/**
 * A citation of an agreement article, linked to its page in the agreement library. On hover or keyboard focus it
 * shows the article's heading and first lines (fetched once from /api/library/preview); Escape hides it.
 */
export function Citation({ agreement, article }: { agreement: string; article: string }) {
  const [state, setState] = useState<State>({ status: "idle" });
  const [open, setOpen] = useState(false);
  const id = useId();
  const loading = useRef(false);

  function show() {
    setOpen(true);
    if (loading.current) return;
    loading.current = true;
    setState({ status: "loading" });
    fetch(`/api/library/preview?${new URLSearchParams({ agreement, article })}`)
      .then(async (r) => (r.ok ? setState({ status: "ready", preview: (await r.json()) as Preview }) : setState({ status: r.status === 404 ? "missing" : "error" })))
      .catch(() => setState({ status: "error" }));
  }

  const href = state.status === "ready" ? state.preview.href : `/agreements/${agreement}/articles/${encodeURIComponent(article)}`;
  return (
    <span className="relative inline-block" onMouseEnter={show} onMouseLeave={() => setOpen(false)}>
      <Link href={href} className="font-mono text-blue-800 underline" aria-describedby={open ? id : undefined}
        onFocus={show} onBlur={() => setOpen(false)} onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
        {article}
      </Link>
      {open ? (
        <span role="tooltip" id={id} className="absolute left-0 top-full z-30 mt-1 block w-80 max-w-[80vw] rounded-md border border-slate-300 bg-white p-3 text-left text-sm font-normal text-slate-900 shadow-lg">
          {state.status === "ready" ? (
            <>
              <span className="block font-semibold">{state.preview.articleId} {state.preview.heading}</span>
              {state.preview.anchor ? <span className="block text-xs text-slate-700">Clause {state.preview.anchor}</span> : null}
              <span className="mt-1 block">{state.preview.excerpt}</span>
            </>
          ) : state.status === "missing" ? (
            <span className="block">No article {article} in this agreement; open the link to search for it.</span>
          ) : state.status === "error" ? (
            <span className="block">The preview could not be loaded.</span>
          ) : (
            <span className="block">Loading {article}…</span>
          )}
        </span>
      ) : null}
    </span>
  );
}
