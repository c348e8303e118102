import { requireUser } from "@/lib/dal/session";
import { searchGrievors } from "@/lib/dal/grievor-search";
import { todayInBc } from "@/lib/dal/grievance-scope";

/** JSON for the grievor picker: ?agreementId=…&q=… (at most 10 matches, each with role and school). */
export async function GET(req: Request) {
  const actor = await requireUser();
  const u = new URL(req.url).searchParams;
  const rows = await searchGrievors(actor, (u.get("agreementId") ?? "").slice(0, 40), (u.get("q") ?? "").slice(0, 60), todayInBc());
  return Response.json(rows, { headers: { "Cache-Control": "private, no-store" } });
}
