"use client";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { StatusMessage } from "./status-message";
import { useLifForm, type LifAction } from "./use-lif-form";

function Area({ label, name, f }: { label: string; name: string; f: ReturnType<typeof useLifForm> }) {
  const id = `m-${name}`;
  const e = f.err(name);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <textarea id={id} name={name} rows={2} defaultValue={f.val(name)} aria-invalid={e ? true : undefined} aria-describedby={e ? `${id}-error` : undefined} className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2" />
      <div id={`${id}-error`} aria-live="polite">{e?.map((m) => <p key={m} className="text-sm font-medium text-red-700">{m}</p>)}</div>
    </div>
  );
}

export function MeetingForm({ action, today }: { action: LifAction; today: string }) {
  const f = useLifForm(action);
  return (
    <form key={f.key} action={f.formAction} noValidate className="space-y-3" aria-label="Record a meeting">
      <div className="grid gap-3 md:grid-cols-3">
        <TextField label="Meeting date" name="date" id="m-date" type="date" defaultValue={f.val("date", today)} errors={f.err("date")} />
        <TextField label="District attendees" name="districtAttendees" id="m-district" defaultValue={f.val("districtAttendees")} errors={f.err("districtAttendees")} />
        <TextField label="Local attendees" name="localAttendees" id="m-local" defaultValue={f.val("localAttendees")} errors={f.err("localAttendees")} />
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <Area label="Agenda" name="agenda" f={f} />
        <Area label="Minutes" name="minutes" f={f} />
        <Area label="Suggestions made" name="suggestions" f={f} />
        <Area label="Concerns raised" name="concerns" f={f} />
        <Area label="How the district addressed the concerns" name="responses" f={f} />
      </div>
      <Button type="submit" disabled={f.pending}>{f.pending ? "Saving…" : "Record meeting"}</Button>
      <StatusMessage ok={f.state.ok} message={f.state.message} />
    </form>
  );
}
