/**
 * Interpretations shown beside the articles they concern. The register entries come from the specifications;
 * where the rules define an entry as a named policy (lib/rules/*), its default option is what the app applies,
 * so the reader shows that option's wording and the policy's articles are added to the entry's own.
 */
import { SD71_POLICIES } from "@/lib/rules/sd71-cupe439/interpretations";
import { sd73Policies } from "@/lib/rules/sd73-teachers/policies";
import type { PolicyDef } from "@/lib/rules/core/policy";
import { resolveRef, type ArticleRef } from "../resolve";
import { SD71_INTERPRETATIONS } from "./sd71";
import { SD73_INTERPRETATIONS } from "./sd73";
import type { Interpretation } from "./types";

export type { Interpretation };

export interface AppliedInterpretation extends Interpretation {
  /** The option the rules apply by default, when the entry is a named policy. */
  applied?: { option: string; description: string; title: string };
}

const REGISTERS: Record<string, { items: Interpretation[]; policies: Record<string, PolicyDef> }> = {
  "sd73-teachers": { items: SD73_INTERPRETATIONS, policies: sd73Policies.defs },
  "sd71-cupe439": { items: SD71_INTERPRETATIONS, policies: SD71_POLICIES.defs },
};

export function interpretationsOf(agreement: string): AppliedInterpretation[] {
  const reg = REGISTERS[agreement];
  if (!reg) return [];
  return reg.items.map((it) => {
    const p = reg.policies[it.id];
    if (!p) return it;
    const articles = [...it.articles, ...p.articles.filter((a) => !it.articles.includes(a))];
    const option = p.default as string;
    return { ...it, articles, applied: { option, description: (p.options as Record<string, string>)[option], title: p.title } };
  });
}

/** The interpretations that concern one article: any of their citations resolves to it. */
export function interpretationsFor(agreement: string, articleId: string, articles: ArticleRef[]): AppliedInterpretation[] {
  return interpretationsOf(agreement).filter((it) => it.articles.some((ref) => resolveRef(ref, articles)?.articleId === articleId));
}
