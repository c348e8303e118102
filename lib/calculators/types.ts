/**
 * A calculator: a small form over the query string, a call into the public rules API
 * (`lib/rules`) and the way its result is shown. The registry holds one of these per
 * rule family; one generic page renders any of them.
 */
import type { z } from "zod";
import type { Explanation } from "@/lib/rules";
import type { ParameterSet } from "@/lib/rules/core";

export type AgreementId = "sd73-teachers" | "sd71-cupe439";

export type FieldKind = "date" | "datetime" | "time" | "number" | "text" | "select" | "lines" | "month";

export interface FieldDef {
  name: string;
  label: string;
  kind: FieldKind;
  hint?: string;
  /** Default shown on a fresh form; "today" is replaced by the page's date. */
  default?: string;
  options?: ReadonlyArray<{ value: string; label: string }>;
  /** HTML attributes for number inputs. */
  step?: string;
  min?: string;
  /** Groups fields visually (e.g. "Callout 2"). */
  group?: string;
}

/** A field: how it looks, and the zod schema that turns its query-string value into input. */
export interface Field<N extends string = string, T = unknown> extends FieldDef {
  name: N;
  schema: z.ZodType<T>;
}

export type InputOf<F extends readonly Field[]> = { [P in F[number] as P["name"]]: z.output<P["schema"]> };

/** A named figure of a result. `money` values are cents; dates are ISO strings. */
export interface Figure {
  label: string;
  value: string;
  /** "$" before money so the value itself is a plain decimal, e.g. "467.03". */
  prefix?: string;
}

/** What a calculator shows: the headline figure, other figures, and the rules' explanation. */
export interface Presented {
  headline: Figure;
  figures: Figure[];
  explanation: Explanation;
  warnings?: string[];
}

export type Policies = Record<string, string>;

export interface Calculator {
  id: string;
  agreement: AgreementId;
  title: string;
  /** One line for the list: what it answers. */
  summary: string;
  /** Articles the calculator concerns (shown in the list). */
  articles: string[];
  fields: readonly Field[];
  /** Validates the raw query values (after per-field parsing) as a whole; returns field errors. */
  check?: (input: Record<string, unknown>) => Partial<Record<string, string>> | null;
  /** Calls the rules API, with the district's entered values when the page loaded them. May throw the rules' typed errors. */
  compute: (input: Record<string, unknown>, policies: Policies | undefined, params?: ParameterSet) => Presented;
  /** Rules error field (dotted path) → form field name, where the first segment does not name it. */
  errorField?: (rulesField: string, input: Record<string, unknown>) => string | undefined;
}
