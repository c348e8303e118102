import type { Metadata } from "next";
import { LoginForm } from "./login-form";
import { safeCallbackUrl } from "@/lib/safe-callback";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl } = await searchParams;
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4">
      <h1 className="text-3xl font-bold text-blue-900">Accord</h1>
      <p className="mb-6 mt-1 text-slate-700">Collective agreements that compute: deadlines, pay and seniority, cited and explained.</p>
      <section aria-labelledby="signin" className="rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <h2 id="signin" className="mb-4 text-xl font-semibold">Sign in</h2>
        <LoginForm callbackUrl={safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : undefined)} />
      </section>
    </main>
  );
}
