"use client";
import { useId, useState } from "react";

export type PositionOption = { value: string; label: string; /** title, school, incumbent name and number, lower case */ search: string };
export type PositionGroup = { label: string; options: PositionOption[] };

const norm = (s: string) => s.toLocaleLowerCase("en-CA").normalize("NFD").replace(/\p{Diacritic}/gu, "");

/**
 * The SD71 positions to eliminate as a checkbox list, grouped by general classification (27.03), with a text filter
 * on position title, school, or incumbent name or number. Hidden boxes stay checked and are still submitted.
 */
export function PositionPicker({ groups, chosen, errors }: { groups: PositionGroup[]; chosen: string[]; errors?: string[] }) {
  const id = useId();
  const [q, setQ] = useState("");
  const [picked, setPicked] = useState(() => new Set(chosen));
  const terms = norm(q).split(/\s+/).filter(Boolean);
  const matches = (o: PositionOption) => terms.every((t) => norm(o.search).includes(t));
  const total = groups.reduce((s, g) => s + g.options.length, 0);
  const shown = groups.reduce((s, g) => s + g.options.filter(matches).length, 0);
  const toggle = (v: string, on: boolean) => setPicked((p) => { const n = new Set(p); if (on) n.add(v); else n.delete(v); return n; });
  return (
    <fieldset className="min-w-0 space-y-2" aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ""}`}>
      <legend className="text-sm font-medium">Positions to eliminate</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-600">Regular positions by incumbent, grouped by general classification (27.03). Tick each position to eliminate.</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor={`${id}-find`} className="block text-sm font-medium">Find positions</label>
          <input id={`${id}-find`} type="search" value={q} onChange={(e) => setQ(e.target.value)} aria-describedby={`${id}-count`}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm" placeholder="Title, school, name or employee number" />
        </div>
        <p id={`${id}-count`} role="status" aria-live="polite" className="text-sm text-slate-700">
          {terms.length ? `${shown} of ${total} positions match` : `${total} position${total === 1 ? "" : "s"}`} · {picked.size} chosen
        </p>
      </div>
      <div className="max-h-96 overflow-y-auto rounded-md border border-slate-300 bg-white p-2">
        {shown === 0 ? <p className="text-sm">No position matches “{q}”.</p> : null}
        {groups.map((g, k) => {
          const visible = g.options.filter(matches);
          return (
            <fieldset key={g.label} hidden={visible.length === 0} className="min-w-0">
              <legend className="mt-2 text-sm font-semibold">{g.label}</legend>
              <ul className="mt-1 space-y-1">
                {g.options.map((o, j) => (
                  <li key={o.value} hidden={!matches(o)} className="flex items-start gap-2 text-sm">
                    <input id={`${id}-${k}-${j}`} type="checkbox" name="eliminate" value={o.value} checked={picked.has(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} className="mt-0.5 h-4 w-4 shrink-0" />
                    <label htmlFor={`${id}-${k}-${j}`} className="min-w-0 break-words">{o.label}</label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      </div>
      <div id={`${id}-error`} aria-live="polite">{errors?.map((m) => <p key={m} className="mt-1 text-sm font-medium text-red-700">{m}</p>)}</div>
    </fieldset>
  );
}
