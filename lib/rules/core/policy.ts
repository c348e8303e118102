/**
 * Interpretations as named policies: where the agreement is ambiguous, the spec's
 * AMB-nn item gives a default; a caller (an organization) may override it; every
 * result reports which were applied.
 */
import { z } from "zod";
import { InputError } from "./errors";
import { plainMessage } from "./plain-message";

export interface PolicyDef<O extends string = string> {
  /** Short title of the question, e.g. "Rounding of TTOC pay". */
  title: string;
  /** Articles the question concerns. */
  articles: string[];
  /** Each option with a one-line description. */
  options: Record<O, string>;
  /** The spec's default option. */
  default: NoInfer<O>;
}

type OptionOf<P> = P extends PolicyDef<infer O> ? O : never;
export type PolicyChoices<D extends Record<string, PolicyDef>> = { [K in keyof D]: OptionOf<D[K]> };
export type PolicyOverrides<D extends Record<string, PolicyDef>> = Partial<PolicyChoices<D>>;

export interface PolicyRegistry<D extends Record<string, PolicyDef>> {
  readonly defs: D;
  readonly defaults: PolicyChoices<D>;
  /** zod schema for an overrides object (strict: an unknown id or option fails). */
  readonly schema: z.ZodType<PolicyOverrides<D> | undefined>;
  /** Defaults merged with validated overrides. */
  resolve(overrides: unknown, field?: string): PolicyChoices<D>;
  /** "AMB-02 (Rounding of TTOC pay): round-final — …" */
  describe<K extends keyof D & string>(id: K, choice: OptionOf<D[K]>): string;
}

export function definePolicies<const D extends Record<string, PolicyDef>>(defs: D): PolicyRegistry<D> {
  const shape: Record<string, z.ZodType> = {};
  const defaults: Record<string, string> = {};
  for (const [id, def] of Object.entries(defs)) {
    const opts = Object.keys(def.options);
    if (!opts.includes(def.default)) throw new Error(`policy ${id}: default ${def.default} is not an option`);
    shape[id] = z.enum(opts as [string, ...string[]]).optional();
    defaults[id] = def.default;
  }
  const schema = z.strictObject(shape).optional() as unknown as z.ZodType<PolicyOverrides<D> | undefined>;
  const frozenDefaults = Object.freeze({ ...defaults }) as PolicyChoices<D>;
  return {
    defs,
    defaults: frozenDefaults,
    schema,
    resolve(overrides, field = "policies") {
      if (overrides === undefined) return frozenDefaults;
      const r = schema.safeParse(overrides);
      if (!r.success) {
        const issue = r.error.issues[0];
        const path = [field, ...issue.path.map(String)].join(".");
        const id = issue.path.length ? String(issue.path[0]) : "";
        const arts = id in defs ? defs[id].articles.join(", ") : "interpretation register";
        throw new InputError(plainMessage(issue), path, arts);
      }
      return { ...frozenDefaults, ...(r.data as object) } as PolicyChoices<D>;
    },
    describe(id, choice) {
      const def = defs[id];
      const isDefault = def.default === choice ? "default" : "override";
      return `${id} (${def.title}): ${choice} (${isDefault}) — ${def.options[choice as keyof typeof def.options]}`;
    },
  };
}
