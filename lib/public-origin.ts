/**
 * The origin that people reach the app at, for absolute links (ICS event URLs, shared calculator links): the
 * configured public URL (AUTH_URL, else APP_URL), else the host and scheme the proxy forwarded, else the request's.
 */
export function publicOrigin(h: Pick<Headers, "get">, fallback?: string, env: Record<string, string | undefined> = process.env): string {
  for (const configured of [env.AUTH_URL, env.APP_URL]) {
    if (!configured) continue;
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed setting is ignored rather than producing broken links.
    }
  }
  const host = first(h.get("x-forwarded-host")) ?? first(h.get("host"));
  if (host && /^[a-z0-9.\-:[\]]+$/i.test(host)) {
    const proto = first(h.get("x-forwarded-proto")) ?? (fallback?.startsWith("https:") ? "https" : "http");
    return `${proto === "https" ? "https" : "http"}://${host}`;
  }
  return fallback ? new URL(fallback).origin : "";
}

const first = (v: string | null) => v?.split(",")[0]?.trim() || undefined;
