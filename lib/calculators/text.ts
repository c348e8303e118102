/** The plain-text explanation for an email or a grievance letter ("Copy as text"). */
import type { Calculator, Figure, Presented } from "./types";
import type { AppliedInterpretation } from "./interpretations";
import { AGREEMENT_TITLES } from "./agreements";

const fig = (x: Figure) => `${x.label}: ${x.prefix ?? ""}${x.value}`;

export function plainText(calc: Calculator, values: Record<string, string>, r: Presented, interps: AppliedInterpretation[], url: string): string {
  const inputs = calc.fields
    .filter((f) => values[f.name] !== "")
    .map((f) => `- ${f.label}: ${f.options?.find((o) => o.value === values[f.name])?.label ?? values[f.name].replace(/\r?\n/g, "; ")}`);
  const lines = [
    `${calc.title} — ${AGREEMENT_TITLES[calc.agreement]}`,
    "",
    "Inputs:",
    ...inputs,
    "",
    fig(r.headline),
    ...r.figures.map((x) => `- ${fig(x)}`),
    "",
    "How it was computed:",
    ...r.explanation.steps.map((s, k) => `${k + 1}. ${s}`),
    "",
    `Articles applied: ${r.explanation.citations.join("; ")}`,
  ];
  if (r.warnings?.length) lines.push("", "Warnings:", ...r.warnings.map((w) => `- ${w}`));
  if (interps.length) {
    lines.push("", "Interpretations applied:");
    for (const i of interps) {
      const cur = i.options.find((o) => o.current);
      lines.push(cur ? `- ${i.id} (${i.title}): ${cur.option}${cur.isDefault ? " (default)" : ""} — ${cur.description}` : `- ${i.id}`);
      for (const o of i.options.filter((o) => !o.current))
        lines.push(`  alternative ${o.option}: ${o.figure ? fig(o.figure) : o.error}`);
    }
  }
  lines.push("", `Reproduce: ${url}`);
  return lines.join("\n");
}
