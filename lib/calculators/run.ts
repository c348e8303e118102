/**
 * Running a calculator from a query string: per-field zod parsing, the calculator's own
 * checks, then the rules call. Rules errors (typed, with `field` and `article`) become a
 * message next to the field they name; nothing here throws to the page.
 */
import { RulesError } from "@/lib/rules";
import type { ParameterSet } from "@/lib/rules/core";
import type { Calculator, Policies, Presented } from "./types";
import { first } from "@/lib/search-params";

export type Query = Record<string, string | string[] | undefined>;

export interface RunOutcome {
  /** Values to show in the form (as typed, or defaults on a fresh form). */
  values: Record<string, string>;
  /** True when the form was submitted (any of its fields is in the query). */
  submitted: boolean;
  errors: Record<string, string[]>;
  /** A message not tied to one field. */
  message?: string;
  result?: Presented;
  input?: Record<string, unknown>;
  policies?: Policies;
}

export const POLICY_PREFIX = "policy.";

/** Interpretation overrides in the URL: `policy.AMB-02=round-rate-first`. */
export function policiesOf(query: Query): Policies | undefined {
  const out: Policies = {};
  for (const [k, v] of Object.entries(query)) {
    const s = first(v);
    if (k.startsWith(POLICY_PREFIX) && s) out[k.slice(POLICY_PREFIX.length)] = s;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The rules' message without its machine suffix "[field: …; article: …]". */
export function rulesMessage(e: RulesError): string {
  const m = e.message.replace(/\s*\[field: [^\]]*\]$/, "");
  return `${m.charAt(0).toUpperCase()}${m.slice(1)}${/[.!?]$/.test(m) ? "" : "."} (${e.article})`;
}

function fieldFor(calc: Calculator, rulesField: string, input: Record<string, unknown>): string | undefined {
  const mapped = calc.errorField?.(rulesField, input);
  if (mapped) return mapped;
  const head = rulesField.split(".")[0];
  return calc.fields.some((f) => f.name === head) ? head : undefined;
}

/** Calls `compute`, turning a rules error into a field error or a form message. */
export function computeSafely(calc: Calculator, input: Record<string, unknown>, policies: Policies | undefined, params?: ParameterSet):
  { result?: Presented; errors: Record<string, string[]>; message?: string } {
  try {
    return { result: calc.compute(input, policies, params), errors: {} };
  } catch (e) {
    if (e instanceof RulesError) {
      const field = fieldFor(calc, e.field, input);
      const msg = rulesMessage(e);
      return field ? { errors: { [field]: [msg] } } : { errors: {}, message: msg };
    }
    console.error(`calculator ${calc.agreement}/${calc.id} failed`, e);
    return { errors: {}, message: "This calculation could not be done with these inputs. Check them and try again." };
  }
}

/** `params`: the district's parameter set (built-in data plus entered values); without it, built-in data only. */
export function runCalculator(calc: Calculator, query: Query, today: string, params?: ParameterSet): RunOutcome {
  const submitted = calc.fields.some((f) => query[f.name] !== undefined);
  const values: Record<string, string> = {};
  for (const f of calc.fields) {
    const v = first(query[f.name]);
    values[f.name] = submitted ? (v ?? "") : f.default === "today" ? today : (f.default ?? "");
  }
  if (!submitted) return { values, submitted, errors: {} };

  const errors: Record<string, string[]> = {};
  const input: Record<string, unknown> = {};
  for (const f of calc.fields) {
    const r = f.schema.safeParse(values[f.name]);
    if (r.success) input[f.name] = r.data;
    else errors[f.name] = [r.error.issues[0]?.message ?? "Invalid value."];
  }
  if (Object.keys(errors).length) return { values, submitted, errors };
  const checked = calc.check?.(input);
  if (checked) return { values, submitted, errors: Object.fromEntries(Object.entries(checked).filter(([, m]) => m).map(([k, m]) => [k, [m as string]])) };

  const policies = policiesOf(query);
  const out = computeSafely(calc, input, policies, params);
  return { values, submitted, input, policies, ...out };
}
