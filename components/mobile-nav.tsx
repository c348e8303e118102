"use client";
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/**
 * The main navigation on a phone: a "Menu" button that opens the list. A <details> element, so it opens and closes
 * without JavaScript; with it, Escape closes the menu and returns focus to the button, and following a link closes it.
 */
export function MobileNav({ items }: { items: Array<{ href: string; label: string }> }) {
  const path = usePathname();
  const ref = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [path]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && ref.current?.open) {
        ref.current.open = false;
        summary.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <details
      ref={ref}
      className="relative"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary ref={summary} aria-expanded={open} aria-controls="mobile-nav" className="cursor-pointer list-none rounded-md border border-slate-400 px-3 py-2 text-sm font-medium">
        <span aria-hidden="true">☰</span> Menu
      </summary>
      <nav id="mobile-nav" aria-label="Main" className="absolute left-0 z-20 mt-2 w-64 rounded-md border border-slate-300 bg-white p-2 shadow-lg">
        <ul>
          {items.map((i) => {
            const current = i.href === "/" ? path === "/" : path.startsWith(i.href);
            return (
              <li key={i.href}>
                <Link href={i.href} aria-current={current ? "page" : undefined} className={`block rounded-md px-3 py-2 text-sm font-medium ${current ? "bg-blue-900 text-white" : "text-blue-950 hover:bg-blue-100"}`}>
                  {i.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </details>
  );
}
