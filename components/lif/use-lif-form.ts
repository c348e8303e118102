"use client";
import { useActionState } from "react";
import type { LifFormState } from "@/app/(app)/lif/actions";

export type LifAction = (prev: LifFormState, fd: FormData) => Promise<LifFormState>;

/** Form state plus helpers: field errors, the typed values after a refusal, and a key that restores them. */
export function useLifForm(action: LifAction) {
  const [state, formAction, pending] = useActionState(action, {});
  return {
    state, formAction, pending,
    err: (k: string) => state.errors?.[k],
    val: (k: string, fallback?: string) => state.values?.[k] ?? fallback,
    key: JSON.stringify(state.values ?? null),
  };
}
