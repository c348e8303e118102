import { checkHealth } from "@/lib/dal/health";

export const dynamic = "force-dynamic";

/** 200 with the database reachable and migrations current, 503 otherwise; no session needed. */
export async function GET() {
  const h = await checkHealth();
  const body = h.ok ? { status: "ok" } : { status: "unavailable", reason: h.reason };
  return Response.json(body, { status: h.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
