/**
 * Server actions are POSTs carrying a `Next-Action` header. The framework refuses one whose Origin is not the
 * app's host by throwing, which answers 500; this check lets the proxy answer 403 first. The app's host is the
 * forwarded host when behind a proxy, else Host (the same comparison the framework makes).
 */
export function isForeignServerAction(method: string, headers: Headers): boolean {
  if (method !== "POST" || !headers.has("next-action")) return false;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return true;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0].trim().toLowerCase();
  try {
    return !host || new URL(origin).host.toLowerCase() !== host;
  } catch {
    return true;
  }
}
