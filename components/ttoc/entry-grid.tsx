"use client";
import { useActionState, useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { TtocState } from "@/app/(app)/ttoc/actions";
import { Button } from "@/components/ui/button";

type Action = (p: TtocState, fd: FormData) => Promise<TtocState>;
const COLS = [
  { key: "employeeNumber", label: "TTOC number", width: "w-28" },
  // A text field, not type="date": Tab must leave the cell in one keystroke (a date input tabs through its parts).
  { key: "date", label: "Date", width: "w-32", placeholder: "e.g. 2024-11-05" },
  { key: "school", label: "School", width: "w-56", list: "entry-schools", placeholder: "type to pick a school" },
  { key: "replacedTeacher", label: "Teacher replaced", width: "w-40" },
  { key: "start", label: "Start", width: "w-24", placeholder: "e.g. 08:30" },
  { key: "end", label: "End", width: "w-24", placeholder: "e.g. 15:00" },
  { key: "fraction", label: "Or fraction", width: "w-20", placeholder: "e.g. 0.5" },
] as const;
const FIELD_NAMES: Record<string, string> = Object.fromEntries(COLS.map((c) => [c.key, c.label]));
type Row = Record<(typeof COLS)[number]["key"], string>;
const blank = (from?: Row): Row => ({ employeeNumber: "", date: from?.date ?? "", school: from?.school ?? "", replacedTeacher: "", start: "", end: "", fraction: "" });

/**
 * Several callouts at once, keyboard first: Tab moves along a row, Enter moves down a column (adding a row, with the
 * date and school of the row above, at the bottom). All rows are saved or none; errors name the row and the field.
 */
export function EntryGrid({ action, schools, names }: { action: Action; schools: string[]; names: Record<string, string> }) {
  const [s, a, pending] = useActionState(action, {});
  const [rows, setRows] = useState<Row[]>(() => Array.from({ length: 5 }, () => blank()));
  const grid = useRef<HTMLTableElement>(null);
  const seen = useRef(s);
  useEffect(() => { if (s !== seen.current) { seen.current = s; if (s.ok) setRows(Array.from({ length: 5 }, () => blank())); } }, [s]); // eslint-disable-line react-hooks/set-state-in-effect -- clears the grid once per saved action result
  const errs = new Map((s.rowErrors ?? []).map((e) => [`${e.row}-${e.field}`, e.message]));
  const rowHasError = new Set((s.rowErrors ?? []).map((e) => e.row));
  const focus = (r: number, c: number) => requestAnimationFrame(() => grid.current?.querySelector<HTMLInputElement>(`[name="row-${r}-${COLS[c].key}"]`)?.focus());
  const onKey = (e: KeyboardEvent<HTMLInputElement>, r: number, c: number) => {
    if (e.key !== "Enter" || e.ctrlKey || e.metaKey) return; // Ctrl+Enter submits the form
    e.preventDefault();
    if (r === rows.length) setRows((x) => [...x, blank(x[x.length - 1])]);
    focus(r + 1, c);
  };
  const set = (i: number, k: keyof Row, v: string) => setRows((x) => x.map((row, j) => (j === i ? { ...row, [k]: v } : row)));
  return ( // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Ctrl+Enter submits from any cell
    <form action={a} aria-label="Enter callouts" className="space-y-3" onKeyDown={(e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) e.currentTarget.requestSubmit(); }}>
      <input type="hidden" name="rows" value={rows.length} />
      <datalist id="entry-schools">{schools.map((n) => <option key={n} value={n} />)}</datalist>
      <div className="overflow-x-auto">
        <table ref={grid} className="text-sm">
          <caption className="sr-only">Callouts to save, one per row</caption>
          <thead className="text-left"><tr><th scope="col" className="pr-2">Row</th>{COLS.map((c) => <th key={c.key} scope="col" className="pr-2">{c.label}</th>)}</tr></thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} className={rowHasError.has(i + 1) ? "bg-red-50" : undefined}>
                <th scope="row" className="pr-2 font-mono font-normal">{i + 1}</th>
                {COLS.map((c, ci) => {
                  const err = errs.get(`${i + 1}-${c.key}`);
                  const id = `row-${i + 1}-${c.key}`;
                  return (
                    <td key={c.key} className="pr-2 align-top">
                      <input id={id} name={id} value={row[c.key]} onChange={(e) => set(i, c.key, e.target.value)} onKeyDown={(e) => onKey(e, i + 1, ci)}
                        type="text" list={"list" in c ? c.list : undefined} placeholder={"placeholder" in c ? c.placeholder : undefined}
                        aria-label={`Row ${i + 1} ${c.label}`} aria-invalid={err ? true : undefined} aria-describedby={err ? `${id}-error` : undefined}
                        className={`${c.width} rounded border border-slate-400 px-2 py-1 placeholder:text-slate-500 placeholder:italic aria-[invalid=true]:border-red-700`} />
                      {c.key === "employeeNumber" && row.employeeNumber.trim() ? (
                        <p className="max-w-28 text-xs text-slate-700" data-testid={`row-${i + 1}-name`}>{names[row.employeeNumber.trim()] ?? "not on the TTOC roster"}</p>
                      ) : null}
                      {err ? <p id={`${id}-error`} className="max-w-56 text-xs font-medium text-red-700">{err}</p> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="rounded-md border border-slate-400 px-3 py-2" onClick={() => { setRows((x) => [...x, blank(x[x.length - 1])]); focus(rows.length + 1, 0); }}>Add a row</button>
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save all callouts"}</Button>
        <p className="text-sm text-slate-700">Tab: next field · Enter: same field, next row · Ctrl+Enter: save</p>
      </div>
      <div role="status" aria-live="polite" className={`text-sm font-medium ${s.ok ? "text-green-800" : "text-red-700"}`}>{s.message}</div>
      {s.rowErrors?.length ? (
        <table className="min-w-full text-sm" aria-label="Entry errors by row">
          <thead className="text-left"><tr><th scope="col" className="pr-3">Row</th><th scope="col" className="pr-3">Field</th><th scope="col">Problem</th></tr></thead>
          <tbody>{s.rowErrors.map((e, i) => <tr key={i} className="border-t border-slate-200"><td className="pr-3">{e.row}</td><td className="pr-3">{FIELD_NAMES[e.field] ?? e.field}</td><td>{e.message}</td></tr>)}</tbody>
        </table>
      ) : null}
    </form>
  );
}
