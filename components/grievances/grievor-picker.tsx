"use client";
import { useEffect, useId, useRef, useState } from "react";

type Match = { number: string; name: string; status: string };

/**
 * A combobox (WAI-ARIA APG pattern, list autocomplete) that finds employees of the chosen
 * agreement by name or number and adds their number to the Grievors field.
 */
export function GrievorPicker({ agreementFieldId, grievorsFieldId }: { agreementFieldId: string; grievorsFieldId: string }) {
  const id = useId();
  const [q, setQ] = useState("");
  const [matches, setMatches] = useState<Match[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState("");
  const seq = useRef(0);

  useEffect(() => {
    const agreementId = (document.getElementById(agreementFieldId) as HTMLSelectElement | null)?.value ?? "";
    if (q.trim().length < 2) { setMatches([]); return; } // eslint-disable-line react-hooks/set-state-in-effect -- a too-short query clears the list
    const n = ++seq.current;
    const t = setTimeout(() => {
      fetch(`/grievances/grievors?${new URLSearchParams({ agreementId, q })}`)
        .then((r) => (r.ok ? r.json() : []))
        .then((rows: Match[]) => { if (n === seq.current) { setMatches(rows); setActive(-1); setOpen(true); } })
        .catch(() => setMatches([]));
    }, 150);
    return () => clearTimeout(t);
  }, [q, agreementFieldId]);

  function choose(m: Match) {
    const field = document.getElementById(grievorsFieldId) as HTMLInputElement | null;
    if (field) {
      const have = field.value.split(/[,;\s]+/).filter(Boolean);
      if (!have.includes(m.number)) field.value = [...have, m.number].join(", ");
    }
    setSaid(`Added ${m.name} (${m.number}) to the grievors.`);
    setQ("");
    setMatches([]);
    setOpen(false);
  }

  function onKey(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") { e.preventDefault(); setOpen(true); setActive((a) => Math.min(matches.length - 1, a + 1)); }
    else if (e.key === "ArrowUp") { e.preventDefault(); setActive((a) => Math.max(0, a - 1)); }
    else if (e.key === "Enter" && open && active >= 0 && matches[active]) { e.preventDefault(); choose(matches[active]); }
    else if (e.key === "Escape") { setOpen(false); setActive(-1); }
  }

  const listId = `${id}-list`;
  const expanded = open && matches.length > 0;
  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="block text-sm font-medium text-slate-800">Find an employee</label>
      <input
        id={`${id}-input`} type="text" role="combobox" autoComplete="off" value={q}
        aria-autocomplete="list" aria-expanded={expanded} aria-controls={listId} aria-describedby={`${id}-hint`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        onChange={(e) => setQ(e.target.value)} onKeyDown={onKey} onBlur={() => setTimeout(() => setOpen(false), 150)}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">Type two letters of a name or the start of an employee number; choose with the arrow keys and Enter.</p>
      <ul id={listId} role="listbox" aria-label="Matching employees" hidden={!expanded} className="absolute z-10 mt-1 max-h-60 w-full overflow-auto rounded-md border border-slate-400 bg-white shadow">
        {matches.map((m, i) => (
          <li
            key={m.number} id={`${id}-opt-${i}`} role="option" aria-selected={i === active}
            onMouseDown={(e) => { e.preventDefault(); choose(m); }}
            className={`cursor-pointer px-3 py-2 ${i === active ? "bg-blue-800 text-white" : ""}`}
          >
            {m.name} · {m.number}{m.status !== "ACTIVE" ? ` (${m.status.toLowerCase().replace("_", " ")})` : ""}
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="sr-only">{expanded ? `${matches.length} matching employee${matches.length === 1 ? "" : "s"}` : said}</p>
    </div>
  );
}
