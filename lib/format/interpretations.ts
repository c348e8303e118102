import { interpretationsOf } from "@/lib/library/interpretations";

/**
 * An interpretation id ("AMB-12") as people read it: a plain title and a link to its explanation beside the
 * article it concerns in the agreement library. Never the bare id alone.
 */
export function interpretationRef(agreement: string, id: string): { id: string; title: string; href: string } {
  const it = interpretationsOf(agreement).find((i) => i.id === id);
  if (!it) return { id, title: "An interpretation of the agreement", href: `/agreements/${agreement}` };
  const short = it.question.split(/[(:;]/)[0].trim();
  const title = it.applied?.title ?? (short.length > 90 ? short.slice(0, 87) + "…" : short);
  const article = it.articles[0];
  return { id, title, href: article ? `/agreements/${agreement}/articles/${encodeURIComponent(article)}#interp-heading` : `/agreements/${agreement}` };
}
