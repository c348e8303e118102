"use client";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

export interface ChipComboboxProps<T> {
  /** The input's id: error-summary links and labels point at it. */
  inputId: string;
  /** The form field the chosen keys travel in (one hidden input, keys separated by commas). */
  name: string;
  label: string;
  hint: string;
  listLabel: string;
  chipsLabel: string;
  /** JSON route answering `?agreementId=…&q=…` with T[]. */
  endpoint: string;
  agreementId: string;
  minChars: number;
  keyOf: (m: T) => string;
  option: (m: T) => ReactNode;
  chip: (m: T) => ReactNode;
  removeLabel: (m: T) => string;
  chosen: T[];
  onChange: (next: T[]) => void;
  /** Free entry: typed text that is itself a valid key (an article id) becomes an item; null otherwise. */
  freeEntry?: (text: string) => T | null;
  errors?: string[];
}

/**
 * A combobox (WAI-ARIA APG, list autocomplete) whose choices become removable chips: arrows and Enter choose,
 * Escape closes, Backspace in the empty input removes the last chip; each chip's button names who or what it
 * removes, and focus returns to the input. The chosen keys submit as one hidden field, so the server action reads
 * the same comma-separated value a typed field would give.
 */
export function ChipCombobox<T>(p: ChipComboboxProps<T>) {
  const id = useId();
  const [q, setQ] = useState("");
  const [matches, setMatches] = useState<T[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState("");
  const seq = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const { endpoint, agreementId, minChars } = p;

  useEffect(() => {
    if (q.trim().length < minChars) { setMatches([]); return; } // eslint-disable-line react-hooks/set-state-in-effect -- a too-short query clears the list
    const n = ++seq.current;
    const t = setTimeout(() => {
      fetch(`${endpoint}?${new URLSearchParams({ agreementId, q })}`)
        .then((r) => (r.ok ? r.json() : []))
        .then((rows: T[]) => { if (n === seq.current) { setMatches(rows); setActive(-1); setOpen(true); } })
        .catch(() => setMatches([]));
    }, 150);
    return () => clearTimeout(t);
  }, [q, endpoint, agreementId, minChars]);

  const keys = p.chosen.map(p.keyOf);
  const pending = p.freeEntry ? p.freeEntry(q) : null;
  const submitted = [...keys, ...(pending && !keys.includes(p.keyOf(pending)) ? [p.keyOf(pending)] : [])];

  function add(m: T) {
    const text = p.removeLabel(m).replace(/^Remove /, "");
    if (keys.includes(p.keyOf(m))) setSaid(`${text} is already chosen.`);
    else { p.onChange([...p.chosen, m]); setSaid(`Added ${text}.`); }
    setQ("");
    setMatches([]);
    setOpen(false);
    setActive(-1);
  }
  function remove(m: T) {
    p.onChange(p.chosen.filter((c) => p.keyOf(c) !== p.keyOf(m)));
    setSaid(`Removed ${p.removeLabel(m).replace(/^Remove /, "")}.`);
    input.current?.focus();
  }

  function onKey(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") { e.preventDefault(); setOpen(true); setActive((a) => Math.min(matches.length - 1, a + 1)); }
    else if (e.key === "ArrowUp") { e.preventDefault(); setActive((a) => Math.max(0, a - 1)); }
    else if (e.key === "Escape") { setOpen(false); setActive(-1); }
    else if (e.key === "Backspace" && q === "" && p.chosen.length > 0) { e.preventDefault(); remove(p.chosen[p.chosen.length - 1]); }
    else if (e.key === "Enter" && q.trim() !== "") {
      // Enter in a non-empty search chooses; it never submits the form half-typed.
      e.preventDefault();
      if (open && active >= 0 && matches[active]) add(matches[active]);
      else if (pending) add(matches.find((m) => p.keyOf(m) === p.keyOf(pending)) ?? pending);
      else if (matches.length === 1) add(matches[0]);
    }
  }

  const listId = `${id}-list`;
  const expanded = open && matches.length > 0;
  const errorId = `${p.inputId}-error`;
  return (
    <div className="relative">
      <label htmlFor={p.inputId} className="block text-sm font-medium text-slate-800">{p.label}</label>
      {p.chosen.length > 0 ? (
        <ul aria-label={p.chipsLabel} className="mt-1 flex flex-wrap gap-2">
          {p.chosen.map((m) => (
            <li key={p.keyOf(m)} className="inline-flex max-w-full items-center gap-1 rounded-full border border-slate-400 bg-slate-100 py-0.5 pl-3 pr-1 text-sm">
              <span className="min-w-0 break-words">{p.chip(m)}</span>
              <button type="button" onClick={() => remove(m)} className="rounded-full px-2 py-0.5 text-slate-800 hover:bg-slate-300 focus:outline-2 focus:outline-blue-800">
                <span aria-hidden="true">×</span><span className="sr-only">{p.removeLabel(m)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        ref={input} id={p.inputId} type="text" role="combobox" autoComplete="off" value={q}
        aria-autocomplete="list" aria-expanded={expanded} aria-controls={listId}
        aria-describedby={[`${id}-hint`, p.errors?.length ? errorId : null].filter(Boolean).join(" ")}
        aria-invalid={p.errors?.length ? true : undefined}
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        onChange={(e) => { setQ(e.target.value); setOpen(true); }} onKeyDown={onKey} onBlur={() => setTimeout(() => setOpen(false), 150)}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700"
      />
      <input type="hidden" name={p.name} value={submitted.join(", ")} />
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">{p.hint}</p>
      <div id={errorId} aria-live="polite" aria-atomic="true">
        {p.errors?.map((e) => <p key={e} className="mt-1 text-sm font-medium text-red-700">{e}</p>)}
      </div>
      <ul id={listId} role="listbox" aria-label={p.listLabel} hidden={!expanded} className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-400 bg-white shadow">
        {matches.map((m, i) => (
          <li
            key={p.keyOf(m)} id={`${id}-opt-${i}`} role="option" aria-selected={i === active}
            onMouseDown={(e) => { e.preventDefault(); add(m); }}
            className={`cursor-pointer px-3 py-2 ${i === active ? "bg-blue-800 text-white" : ""}`}
          >
            {p.option(m)}
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="sr-only">{expanded ? `${matches.length} match${matches.length === 1 ? "" : "es"}` : said}</p>
    </div>
  );
}
