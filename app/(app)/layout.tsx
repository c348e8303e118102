import { requireUser } from "@/lib/dal/session";
import { describeMemberships } from "@/lib/dal/organizations";
import { navFor } from "@/lib/navigation";
import { Nav } from "@/components/nav";
import { MobileNav } from "@/components/mobile-nav";
import { signOutAction } from "./actions";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireUser();
  const roles = await describeMemberships(actor);
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-slate-300 bg-white no-print">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-3 md:gap-6">
            <div className="md:hidden"><MobileNav items={navFor(actor)} /></div>
            <span className="text-xl font-bold text-blue-900">Accord</span>
            <div className="hidden md:block"><Nav items={navFor(actor)} /></div>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-slate-700">
              <span className="font-medium">{actor.name ?? actor.email}</span>
              <span className="block text-xs text-slate-600">{roles.join(" · ")}</span>
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded-md border border-slate-400 px-3 py-1.5 font-medium hover:bg-slate-100">Sign out</button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
