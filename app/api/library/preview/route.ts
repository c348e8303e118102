import { z } from "zod";
import { auth } from "@/lib/auth";
import { loadActor } from "@/lib/dal/actor";
import { NotFoundError, UnauthenticatedError } from "@/lib/dal/errors";
import { articlePreview } from "@/lib/dal/library";

const Query = z.object({ agreement: z.string().min(1).max(40), article: z.string().trim().min(1).max(200) });

/** Preview (heading and first lines) of a cited article, for the hover/focus card of components/citation.tsx. */
export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return Response.json({ error: "Sign in to continue." }, { status: 401 });
  const params = Query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!params.success) return Response.json({ error: "agreement and article are required." }, { status: 400 });
  try {
    const actor = await loadActor(session.user.id);
    const preview = await articlePreview(actor, params.data.agreement, params.data.article);
    if (!preview) return Response.json({ error: "No article by that id." }, { status: 404 });
    return Response.json(preview, { headers: { "Cache-Control": "private, max-age=300" } });
  } catch (e) {
    if (e instanceof UnauthenticatedError) return Response.json({ error: e.message }, { status: 401 });
    if (e instanceof NotFoundError) return Response.json({ error: e.message }, { status: 404 });
    return Response.json({ error: "The preview could not be loaded." }, { status: 500 });
  }
}
