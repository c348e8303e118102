/** URLs that reproduce a calculation: the form's values and interpretation overrides in the query string. */
import type { Calculator, Policies } from "./types";
import { POLICY_PREFIX } from "./run";

export const calculatorPath = (c: Pick<Calculator, "agreement" | "id">) => `/calculators/${c.agreement}/${c.id}`;

export function calculatorHref(c: Calculator, values: Record<string, string>, policies?: Policies): string {
  const q = new URLSearchParams();
  for (const f of c.fields) if (values[f.name] !== undefined && values[f.name] !== "") q.set(f.name, values[f.name]);
  for (const [id, option] of Object.entries(policies ?? {})) q.set(POLICY_PREFIX + id, option);
  return `${calculatorPath(c)}?${q}`;
}

/** Today's date where the agreements apply (British Columbia), for form defaults only. */
export function todayInBC(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Vancouver", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
