import { notFound } from "next/navigation";
import { requireUser } from "@/lib/dal/session";
import { getScenario } from "@/lib/dal/layoffs";
import { NotFoundError } from "@/lib/dal/errors";

/** A scenario for a page: out of scope or missing is a 404. */
export async function loadScenario(id: string) {
  const actor = await requireUser();
  try { return await getScenario(actor, id); } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
