"use client";
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";

export function Nav({ items }: { items: Array<{ href: string; label: string }> }) {
  const path = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-wrap gap-1">
      {items.map((i) => {
        const current = i.href === "/" ? path === "/" : path.startsWith(i.href);
        return (
          <Link
            key={i.href}
            href={i.href}
            aria-current={current ? "page" : undefined}
            className={`rounded-md px-3 py-2 text-sm font-medium ${current ? "bg-blue-900 text-white" : "text-blue-950 hover:bg-blue-100"}`}
          >
            {i.label}
          </Link>
        );
      })}
    </nav>
  );
}
