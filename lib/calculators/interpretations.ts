/**
 * The interpretations a result applied, each with its alternatives computed side by side:
 * the same inputs with one named interpretation switched, through the same rules call.
 */
import { sd73Policies, SD71_POLICIES } from "@/lib/rules";
import type { ParameterSet } from "@/lib/rules/core";
import type { Calculator, Figure, Policies, AgreementId } from "./types";
import { computeSafely } from "./run";

interface Def { title: string; articles: string[]; options: Record<string, string>; default: string }
const REGISTRIES: Record<AgreementId, Record<string, Def>> = {
  "sd73-teachers": sd73Policies.defs as unknown as Record<string, Def>,
  "sd71-cupe439": SD71_POLICIES.defs as unknown as Record<string, Def>,
};

export interface InterpretationOption {
  option: string;
  description: string;
  isDefault: boolean;
  current: boolean;
  /** The headline figure under this option (the current one's is the result's). */
  figure?: Figure;
  error?: string;
  /** Overrides to put in the URL to use this option (the default has none for this id). */
  policies: Policies;
}
export interface AppliedInterpretation {
  id: string;
  title?: string;
  articles: string[];
  /** False for an interpretation the rules apply without an encoded alternative. */
  switchable: boolean;
  options: InterpretationOption[];
}

export function appliedInterpretations(
  calc: Calculator, input: Record<string, unknown>, policies: Policies | undefined, ids: string[], headline: Figure, params?: ParameterSet,
): AppliedInterpretation[] {
  const defs = REGISTRIES[calc.agreement];
  return ids.map((id) => {
    const def = defs[id];
    if (!def) return { id, articles: [], switchable: false, options: [] };
    const chosen = policies?.[id] ?? def.default;
    const options = Object.entries(def.options).map(([option, description]) => {
      const next: Policies = { ...(policies ?? {}) };
      if (option === def.default) delete next[id];
      else next[id] = option;
      const o: InterpretationOption = { option, description, isDefault: option === def.default, current: option === chosen, policies: next };
      if (o.current) o.figure = headline;
      else {
        const alt = computeSafely(calc, input, Object.keys(next).length ? next : undefined, params);
        if (alt.result) o.figure = alt.result.headline;
        else o.error = alt.message ?? Object.values(alt.errors).flat()[0] ?? "Not computable with these inputs.";
      }
      return o;
    });
    return { id, title: def.title, articles: def.articles, switchable: true, options };
  });
}
