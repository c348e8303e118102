/**
 * Where to go after signing in: a same-origin relative path only ("/calculators/x?y=1"); anything else — an absolute
 * or protocol-relative URL, a backslash, a control character — goes to the dashboard, so a link cannot send
 * someone off-site after they sign in.
 */
export function safeCallbackUrl(raw: unknown): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return "/";
  if (!raw.startsWith("/") || raw.startsWith("//")) return "/";
  if (raw.includes("\\") || /[\u0000-\u001f\u007f]/.test(raw)) return "/";
  if (raw.startsWith("/login") || raw.startsWith("/api/auth")) return "/";
  try {
    const u = new URL(raw, "http://accord.invalid");
    if (u.origin !== "http://accord.invalid") return "/";
    return u.pathname + u.search + u.hash;
  } catch {
    return "/";
  }
}
