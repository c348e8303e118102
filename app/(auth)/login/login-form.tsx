"use client";
import { useActionState } from "react";
import { loginAction, type LoginState } from "./actions";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function LoginForm({ callbackUrl = "/" }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, {});
  return (
    <form key={state.email ?? ""} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField label="Email" name="email" type="email" autoComplete="username" required defaultValue={state.email} errors={state.errors?.email} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required errors={state.errors?.password} />
      <div aria-live="polite" role="status" className="min-h-5 text-sm font-medium text-red-700">{state.message}</div>
      <Button type="submit" disabled={pending} className="w-full justify-center">{pending ? "Signing in…" : "Sign in"}</Button>
    </form>
  );
}
