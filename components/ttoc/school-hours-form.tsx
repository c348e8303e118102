"use client";
import { useActionState } from "react";
import type { TtocState } from "@/app/(app)/ttoc/actions";
import { CheckboxField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Action = (p: TtocState, fd: FormData) => Promise<TtocState>;

/**
 * One school's day and lunch-break start (B.2.9.e) and, with `outlying` given (SD73 schools), whether it is an outlying
 * school (C.12.1.b.i). `version`: the school's version when the page was rendered (a stale save is refused).
 */
export function SchoolHoursForm({ action, name, hours, outlying, version }: { action: Action; name: string; hours: { dayStart: string; lunchStart: string; dayEnd: string }; outlying?: boolean; version?: number }) {
  const [s, a, pending] = useActionState(action, {});
  const v = s.values ?? { ...hours, outlying: outlying ? "on" : "" };
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return (
    <form action={a} noValidate aria-label={`Hours of ${name}`} className="grid items-end gap-3 sm:grid-cols-5">
      <p className="sm:col-span-5"><span className="font-medium">{name}</span>{outlying === undefined ? null : <span className="block text-sm text-slate-700">{outlying ? "Outlying school: its positions are bypassed in a layoff." : "Not an outlying school."}</span>}</p>
      {version ? <input type="hidden" name="version" value={version} /> : null}
      {outlying === undefined ? null : <div className="sm:col-span-5"><CheckboxField label="Outlying school (C.12.1.b.i)" name="outlying" id={`${slug}-outlying`} defaultChecked={v.outlying === "on"} /></div>}
      <TextField label="Day starts" name="dayStart" id={`${slug}-start`} type="time" defaultValue={v.dayStart} errors={s.errors?.dayStart} />
      <TextField label="Lunch starts" name="lunchStart" id={`${slug}-lunch`} type="time" defaultValue={v.lunchStart} errors={s.errors?.lunchStart} />
      <TextField label="Day ends" name="dayEnd" id={`${slug}-end`} type="time" defaultValue={v.dayEnd} errors={s.errors?.dayEnd} />
      <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save"}</Button>
      <div role="status" aria-live="polite" className={`text-sm font-medium ${s.ok ? "text-green-800" : "text-red-700"}`}>{s.message}</div>
    </form>
  );
}
