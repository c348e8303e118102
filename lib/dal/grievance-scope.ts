import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasRole, type Actor } from "./actor";

/** Stewards and officers see their local's grievances; HR clerks and administrators those against their district. */
export function grievanceScope(actor: Actor): Prisma.GrievanceWhereInput {
  const localIds = actor.memberships.filter((m) => (m.role === "STEWARD" || m.role === "LOCAL_OFFICER") && m.localId).map((m) => m.localId!);
  const orgIds = actor.memberships.filter((m) => (m.role === "HR_CLERK" || m.role === "ADMIN") && m.organizationId).map((m) => m.organizationId!);
  // Only the arms that apply, so that PostgreSQL can use the (localId, status, nextDue) index for a steward.
  const arms: Prisma.GrievanceWhereInput[] = [];
  if (localIds.length) arms.push({ localId: { in: localIds } });
  if (orgIds.length) arms.push({ organizationId: { in: orgIds } });
  return arms.length === 1 ? arms[0] : arms.length ? { OR: arms } : { id: { in: [] } };
}

export function canSeeGrievances(actor: Actor): boolean {
  return hasRole(actor, ["STEWARD", "LOCAL_OFFICER", "HR_CLERK", "ADMIN"]);
}

/** Who may record an event: the local's stewards and officers (any event), the district's HR clerks and administrators (the employer's). */
export function eventRecorderSide(actor: Actor, g: { localId: string; organizationId: string }): "union" | "employer" | null {
  if (hasRole(actor, ["STEWARD", "LOCAL_OFFICER"], { localId: g.localId })) return "union";
  if (hasRole(actor, ["HR_CLERK", "ADMIN"], { organizationId: g.organizationId })) return "employer";
  return null;
}

/** The local date in British Columbia, where every time limit runs. */
export function todayInBc(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Vancouver", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
