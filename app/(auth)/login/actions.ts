"use server";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, SignInLocked } from "@/lib/auth";
import { LoginSchema } from "@/lib/schemas/login";
import { safeCallbackUrl } from "@/lib/safe-callback";
import { formatBC } from "@/lib/dal/bc-time";

export type LoginState = { message?: string; email?: string; errors?: { email?: string[]; password?: string[] } };

export async function loginAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = LoginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "Check the highlighted fields.", email };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallbackUrl(formData.get("callbackUrl")) });
    return {};
  } catch (e) {
    // signIn throws a redirect on success: only Auth.js errors are handled here.
    if (e instanceof SignInLocked) {
      const who = e.scope === "account" ? "for this account" : "from this address";
      return { message: `Too many failed sign-ins ${who}. Try again after ${formatBC(e.until).slice(11)}.`, email };
    }
    if (e instanceof AuthError) return { message: "That email and password do not match an account.", email };
    throw e;
  }
}
