"use client";
import { useActionState } from "react";
import type { LayoffFormState } from "@/app/(app)/layoffs/actions";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Action = (p: LayoffFormState, fd: FormData) => Promise<LayoffFormState>;

function Status({ s }: { s: LayoffFormState }) {
  return <div role="status" aria-live="polite" className={`text-sm font-medium ${s.ok ? "text-green-800" : "text-red-700"}`}>{s.message}</div>;
}

/** HR's actions on a draft: share it with the union, rename it. */
export function ShareForm({ action }: { action: Action }) {
  const [s, a, pending] = useActionState(action, {});
  return (
    <form action={a} className="space-y-2" aria-label="Share with the union">
      <Button type="submit" disabled={pending || s.ok}>{pending ? "Sharing…" : "Share with the union"}</Button>
      <Status s={s} />
    </form>
  );
}

export function RenameForm({ action, name }: { action: Action; name: string }) {
  const [s, a, pending] = useActionState(action, {});
  return (
    <form action={a} noValidate className="flex flex-wrap items-end gap-3" aria-label="Rename the scenario">
      <TextField label="Scenario name" name="name" defaultValue={String(s.values?.name ?? name)} errors={s.errors?.name} maxLength={100} />
      <Button type="submit" disabled={pending}>{pending ? "Renaming…" : "Rename"}</Button>
      <Status s={s} />
    </form>
  );
}

export function DeleteForm({ action }: { action: Action }) {
  const [s, a, pending] = useActionState(action, {});
  return (
    <form action={a} className="space-y-2" aria-label="Delete the draft">
      <Button type="submit" disabled={pending} className="bg-red-800 hover:bg-red-900">{pending ? "Deleting…" : "Delete this draft"}</Button>
      <Status s={s} />
    </form>
  );
}
