"use client";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * next/link that prefetches a page when the link is hovered or focused, not when it scrolls into view. With the
 * framework's default, one view of the grievance list sent the server 36 prefetch requests (the menu and every row),
 * each rendering the signed-in layout: about 300 ms of server CPU per view against 20 ms for the page itself. Here a
 * view costs one request per link someone reaches for, and navigation after a hover is still instant. Use this
 * instead of next/link (the lint rule says so); `prefetch={false}` turns the hover prefetch off too.
 */
export default function Link({ prefetch, href, onMouseEnter, onFocus, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const url = typeof href === "string" && href.startsWith("/") && prefetch !== false ? href : null;
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(e) => {
        if (url) router.prefetch(url);
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        if (url) router.prefetch(url);
        onFocus?.(e);
      }}
    />
  );
}
