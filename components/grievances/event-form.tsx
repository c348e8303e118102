"use client";
import { useActionState } from "react";
import type { GrievanceFormState } from "@/app/(app)/grievances/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Option = { value: string; label: string };

/** Records what happened, with its date; every event recomputes the deadlines. */
export function EventForm({ action, types, otherTypes = [], openDeadlines, earlier, today, idempotencyKey }: {
  action: (p: GrievanceFormState, fd: FormData) => Promise<GrievanceFormState>;
  /** The events that may come next, offered first; `otherTypes` under "Other events". */
  types: Option[]; otherTypes?: Option[]; openDeadlines: Option[]; earlier: Option[]; today: string;
  /** A random key rendered once with the page (renewed when a save refreshes it): a double submit records one event. */
  idempotencyKey?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const err = (k: string) => state.errors?.[k];
  const v = (k: string) => state.values?.[k];
  return (
    <form key={JSON.stringify(state.values ?? state.saved ?? null)} action={formAction} noValidate className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      {idempotencyKey ? <input type="hidden" name="idempotencyKey" value={idempotencyKey} /> : null}
      <div role="status" aria-live="polite" className={`text-sm font-medium ${state.saved ? "text-green-800" : "text-red-700"}`}>{state.saved ?? state.message}</div>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor="f-type" className="block text-sm font-medium text-slate-800">Event</label>
          <select id="f-type" name="type" defaultValue={v("type") ?? ""} aria-invalid={err("type")?.length ? true : undefined} aria-describedby={err("type")?.length ? "f-type-error" : "f-type-hint"} className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2">
            <option value="">— choose what happened —</option>
            <optgroup label="Next steps">{types.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</optgroup>
            {otherTypes.length ? <optgroup label="Other events">{otherTypes.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</optgroup> : null}
          </select>
          <p id="f-type-hint" className="mt-1 text-sm text-slate-600">The steps that may come next are listed first.</p>
          {err("type")?.length ? <p id="f-type-error" className="mt-1 text-sm text-red-700">{err("type")!.join(" ")}</p> : null}
        </div>
        <TextField label="Date" name="date" type="date" max={today} defaultValue={v("date") ?? today} errors={err("date")} hint="The day it happened (or the day the letter or decision was received)" />
        <TextField label="New due date" name="newDue" type="date" defaultValue={v("newDue")} errors={err("newDue")} hint="For an extension agreed in writing only" />
        <SelectField label="Time limit extended" name="ruleId" defaultValue={v("ruleId") ?? ""} errors={err("ruleId")} options={[{ value: "", label: "— the next deadline —" }, ...openDeadlines]} hint="For an extension only" />
        <SelectField label="Corrects an earlier entry" name="correctsId" defaultValue={v("correctsId") ?? ""} errors={err("correctsId")} options={[{ value: "", label: "— no, a new event —" }, ...earlier]} hint="The earlier entry stays in the history, marked as corrected" />
        <TextField label="Note" name="note" defaultValue={v("note")} errors={err("note")} autoComplete="off" />
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Recording…" : "Record event"}</Button>
    </form>
  );
}
