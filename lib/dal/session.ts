import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { readSession } from "@/lib/session-cookie";
import { loadActor, type Actor } from "./actor";
import { UnauthenticatedError } from "./errors";

/**
 * The signed-in actor, once per request. Redirects to /login when there is no session (a thrown redirect). The token
 * is decoded here (lib/session-cookie) and its session version checked against the user's by loadActor, in the same
 * statement that reads the user's roles: one query per request for the session instead of two.
 */
export const requireUser = cache(async (): Promise<Actor> => {
  const session = await readSession((await cookies()).getAll());
  if (!session) redirect("/login");
  try {
    return await loadActor(String(session.claims.uid), { sessionVersion: Number(session.claims.sv ?? -1) });
  } catch (e) {
    if (e instanceof UnauthenticatedError) redirect("/login");
    throw e;
  }
});
