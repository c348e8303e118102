import { feedForToken } from "@/lib/dal/calendar-feeds";
import { publicOrigin } from "@/lib/public-origin";
import { serializeIcs } from "@/lib/ics/serialize";

/** A user's grievance deadlines as an iCalendar feed: the token is the only credential (no session). */
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const feed = await feedForToken(token.replace(/\.ics$/, ""));
  if (!feed) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const origin = publicOrigin(req.headers, req.url);
  const body = serializeIcs({
    prodId: "-//Accord//Grievance deadlines//EN",
    name: "Accord grievance deadlines",
    generatedAt: new Date().toISOString(),
    events: feed.items.map((it) => ({
      // One event per grievance and step: the same UID while that deadline stays the next one.
      uid: `${it.id}-${it.ruleId ?? it.article}@accord`,
      date: it.due,
      summary: `${it.label}: ${it.action} (${it.article})`,
      description: `Due ${it.due} under article ${it.article}, counted on ${it.profile}. ${it.summary}`,
      url: `${origin}/grievances/${it.id}`,
      categories: ["Grievance deadline"],
    })),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="accord-deadlines.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
