import type { Actor } from "@/lib/dal/actor";

/** Navigation for an actor: only modules that exist and that one of their roles may use. */
export function navFor(actor: Actor): Array<{ href: string; label: string }> {
  const roles = new Set(actor.memberships.map((m) => m.role));
  const items = [{ href: "/", label: "Dashboard" }];
  if (actor.agreementIds.length) items.push({ href: "/employees", label: "Employees" });
  if (["STEWARD", "LOCAL_OFFICER", "HR_CLERK", "ADMIN"].some((r) => roles.has(r as never))) items.push({ href: "/grievances", label: "Grievances" });
  if (actor.agreementIds.length && ["STEWARD", "LOCAL_OFFICER", "HR_CLERK", "ADMIN"].some((r) => roles.has(r as never))) items.push({ href: "/seniority", label: "Seniority" });
  if (actor.agreementIds.length) items.push({ href: "/agreements", label: "Agreements" });
  if (actor.districtRules.includes("sd73-teachers")) items.push({ href: "/ttoc", label: "TTOC pay" });
  if (roles.has("ADMIN") || roles.has("HR_CLERK") || roles.has("LOCAL_OFFICER")) items.push({ href: "/lif", label: "LIF consultations" });
  // HR clerks and administrators run and confirm layoffs; stewards and local officers see them read-only.
  if (actor.agreementIds.length && ["ADMIN", "HR_CLERK", "STEWARD", "LOCAL_OFFICER"].some((r) => roles.has(r as never))) {
    items.push({ href: "/layoffs", label: "Layoffs" }, { href: "/recall", label: "Recall list" });
  }
  // Calculators need no data: every signed-in user may check a figure against either agreement.
  items.push({ href: "/calculators", label: "Calculators" });
  if (roles.has("ADMIN")) items.push({ href: "/admin/calendar", label: "District calendars" });
  if (roles.has("ADMIN") || roles.has("HR_CLERK")) items.push({ href: "/admin/parameters", label: "Parameters" });
  if (roles.has("ADMIN")) items.push({ href: "/admin/audit", label: "Audit log" });
  items.push({ href: "/settings", label: "Settings" });
  return items;
}

export const ROLE_LABELS = {
  ADMIN: "Administrator",
  HR_CLERK: "HR clerk",
  STEWARD: "Steward",
  LOCAL_OFFICER: "Local officer",
  VIEWER: "Viewer",
} as const;
