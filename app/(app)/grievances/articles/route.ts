import { requireUser } from "@/lib/dal/session";
import { searchGrievanceArticles } from "@/lib/dal/grievance-articles";

/** JSON for the grievance form's article picker: ?agreementId=…&q=… (at most 10 article or clause ids with headings). */
export async function GET(req: Request) {
  const actor = await requireUser();
  const u = new URL(req.url).searchParams;
  const rows = await searchGrievanceArticles(actor, (u.get("agreementId") ?? "").slice(0, 40), (u.get("q") ?? "").slice(0, 80));
  return Response.json(rows, { headers: { "Cache-Control": "private, no-store" } });
}
