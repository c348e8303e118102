import type { Metadata } from "next";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { hasRole } from "@/lib/dal/actor";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/dal/audit";
import { Forbidden } from "@/components/forbidden";
import { Pagination } from "@/components/pagination";

export const metadata: Metadata = { title: "Audit log" };

const blank = (v: unknown) => (v === "" ? undefined : v);
const Filter = z.object({
  entity: z.preprocess(blank, z.string().max(40).optional()).catch(undefined),
  action: z.preprocess(blank, z.enum(["create", "update", "delete", "import"]).optional()).catch(undefined),
  userEmail: z.preprocess(blank, z.string().max(100).optional()).catch(undefined),
  page: z.preprocess(blank, z.coerce.number().int().min(1).optional()).catch(undefined),
});

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireUser();
  if (!hasRole(actor, ["ADMIN"])) return <Forbidden what="read the audit log" />;
  const f = Filter.parse(await searchParams);
  const { total, page, rows } = await listAuditEvents(actor, f);
  const query = new URLSearchParams(Object.entries(f).filter(([k, v]) => v !== undefined && k !== "page").map(([k, v]) => [k, String(v)]));
  const input = "mt-1 block rounded-md border border-slate-400 bg-white px-2 py-2";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <form method="get" role="search" aria-label="Filter audit events" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-3">
        <div><label htmlFor="entity" className="block text-sm font-medium">Entity</label><input id="entity" name="entity" defaultValue={f.entity} className={input} placeholder="Employee" /></div>
        <div>
          <label htmlFor="action" className="block text-sm font-medium">Action</label>
          <select id="action" name="action" defaultValue={f.action ?? ""} className={input}>
            <option value="">All</option><option value="create">create</option><option value="update">update</option><option value="delete">delete</option><option value="import">import</option>
          </select>
        </div>
        <div><label htmlFor="userEmail" className="block text-sm font-medium">User email</label><input id="userEmail" name="userEmail" defaultValue={f.userEmail} className={input} /></div>
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 text-sm font-semibold text-white">Apply</button>
      </form>
      <p className="text-sm text-slate-700">{total} event{total === 1 ? "" : "s"}</p>
      {rows.length === 0 ? <p className="rounded-md border border-slate-300 bg-white p-4">No audit events match.</p> : (
        <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white" tabIndex={0} role="region" aria-label="Audit events">
          {/* Focusable so keyboard users can scroll a wide row (e.g. an import's source checksum). */}
          <table className="min-w-full text-sm">
            <caption className="sr-only">Audit events, newest first</caption>
            <thead className="bg-slate-100 text-left">
              <tr><th scope="col" className="px-3 py-2">When (UTC)</th><th scope="col" className="px-3 py-2">Who</th><th scope="col" className="px-3 py-2">Action</th><th scope="col" className="px-3 py-2">Entity</th><th scope="col" className="px-3 py-2">Before → after</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-200 align-top">
                  <td className="whitespace-nowrap px-3 py-2">{r.at.toISOString().slice(0, 19).replace("T", " ")}</td>
                  <td className="px-3 py-2">{r.user?.email ?? "system"}</td>
                  <td className="px-3 py-2">{r.action}</td>
                  <td className="px-3 py-2">{r.entity}{r.entityId ? <span className="block font-mono text-xs">{r.entityId}</span> : null}</td>
                  <td className="px-3 py-2"><Diff before={r.before} after={r.after} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageSize={AUDIT_PAGE_SIZE} total={total} base="/admin/audit" query={query} />
    </div>
  );
}

function Diff({ before, after }: { before: unknown; after: unknown }) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  if (!keys.length) return <span>—</span>;
  return (
    <ul className="space-y-0.5">
      {keys.slice(0, 12).map((k) => (
        <li key={k}><span className="font-medium">{k}</span>: {before ? <><s>{JSON.stringify(b[k]) ?? "—"}</s> → </> : null}{JSON.stringify(a[k]) ?? "—"}</li>
      ))}
    </ul>
  );
}
