"use client";
import { useActionState } from "react";
import type { LayoffFormState } from "@/app/(app)/layoffs/actions";
import { CheckboxField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Action = (p: LayoffFormState, fd: FormData) => Promise<LayoffFormState>;

export function ConfirmForm({ action, count }: { action: Action; count: number }) {
  const [s, a, pending] = useActionState(action, {});
  return (
    <form action={a} noValidate className="space-y-3" aria-label="Confirm layoffs">
      <CheckboxField label={`I have checked the list and the notice dates: record ${count} layoff${count === 1 ? "" : "s"}`} name="understood" errors={s.errors?.understood} />
      <Button type="submit" disabled={pending} className="bg-red-800 hover:bg-red-900">{pending ? "Recording…" : "Confirm and record the layoffs"}</Button>
      <div role="status" aria-live="polite" className="text-sm font-medium text-red-700">{s.message}</div>
    </form>
  );
}
