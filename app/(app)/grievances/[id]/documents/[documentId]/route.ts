import { requireUser } from "@/lib/dal/session";
import { getDocument } from "@/lib/dal/grievance-files";
import { NotFoundError } from "@/lib/dal/errors";
import { contentDisposition } from "@/lib/grievances/file-type";

/** Downloads one document of a grievance the user sees, with the type detected when it was kept. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; documentId: string }> }) {
  const actor = await requireUser();
  const { id, documentId } = await params;
  try {
    const d = await getDocument(actor, id, documentId);
    return new Response(new Uint8Array(d.data), {
      headers: {
        "Content-Type": d.contentType === "text/plain" ? "text/plain; charset=utf-8" : d.contentType,
        "Content-Disposition": contentDisposition(d.fileName),
        "Content-Length": String(d.size),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw e;
  }
}
