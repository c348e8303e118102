import { requireUser } from "@/lib/dal/session";
import { getScenario } from "@/lib/dal/layoffs";
import { orNotFound } from "@/lib/not-found";

/** A scenario for a page: out of scope or missing is a 404. */
export async function loadScenario(id: string) {
  const actor = await requireUser();
  return orNotFound(getScenario(actor, id));
}
