import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { loadActor, type Actor } from "./actor";
import { UnauthenticatedError } from "./errors";

/** The signed-in actor, once per request. Redirects to /login when there is no session (a thrown redirect). */
export const requireUser = cache(async (): Promise<Actor> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) redirect("/login");
  try {
    const sessionVersion = Number((session.user as { sessionVersion?: number }).sessionVersion ?? -1);
    return await loadActor(id, { sessionVersion });
  } catch (e) {
    if (e instanceof UnauthenticatedError) redirect("/login");
    throw e;
  }
});
