"use client";
import { useActionState } from "react";
import type { RecallFormState } from "@/app/(app)/recall/actions";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Action = (p: RecallFormState, fd: FormData) => Promise<RecallFormState>;

function Status({ s }: { s: RecallFormState }) {
  return <div role="status" aria-live="polite" className={`text-sm font-medium ${s.ok ? "text-green-800" : "text-red-700"}`}>{s.message}</div>;
}

/** `now` is the current BC wall-clock time ("YYYY-MM-DDTHH:MM"), computed by the page, so the offer defaults to now. */
export function OfferForm({ action, sd73, now }: { action: Action; sd73: boolean; now: string }) {
  const [s, a, pending] = useActionState(action, {});
  return (
    <form action={a} noValidate className="space-y-3" aria-label="Record a recall offer">
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label="Position offered" name="positionTitle" errors={s.errors?.positionTitle} />
        <TextField label="FTE" name="fte" inputMode="decimal" defaultValue="1" errors={s.errors?.fte} />
        <TextField label="Offer received at" name="offeredAt" type="datetime-local" defaultValue={now} errors={s.errors?.offeredAt} hint="BC time; the answer is due 24 hours later" />
      </div>
      {sd73 ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Would a refusal count? (C.12.1.c.vi.1)</legend>
          <CheckboxField label="Equal or greater percentage of time" name="equalOrGreaterTime" defaultChecked errors={s.errors?.equalOrGreaterTime} />
          <CheckboxField label="Requires a change in community of residence" name="changeOfCommunity" errors={s.errors?.changeOfCommunity} />
          <CheckboxField label="Holds the necessary qualifications" name="qualified" defaultChecked errors={s.errors?.qualified} />
        </fieldset>
      ) : <><input type="hidden" name="equalOrGreaterTime" value="on" /><input type="hidden" name="qualified" value="on" /></>}
      <Button type="submit" disabled={pending}>{pending ? "Recording…" : "Record offer"}</Button>
      <Status s={s} />
    </form>
  );
}

export function ResponseForm({ action, respondBy }: { action: Action; respondBy: string }) {
  const [s, a, pending] = useActionState(action, {});
  return (
    <form action={a} noValidate className="space-y-3" aria-label="Record the answer">
      <p className="text-sm">Answer due by <strong>{respondBy}</strong> (24 hours after the offer was received).</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Answer" name="response" errors={s.errors?.response} defaultValue="" options={[{ value: "", label: "Choose…" }, { value: "ACCEPTED", label: "Accepted" }, { value: "DECLINED", label: "Declined" }]} />
        <TextField label="Answer received at" name="respondedAt" type="datetime-local" errors={s.errors?.respondedAt} hint="BC time" />
      </div>
      <CheckboxField label="Record as a late answer" name="recordLate" hint="Only when the answer came after the 24-hour window" />
      <Button type="submit" disabled={pending}>{pending ? "Recording…" : "Record answer"}</Button>
      <Status s={s} />
    </form>
  );
}
