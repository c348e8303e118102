/** `defineCalculator`: a calculator whose compute function is typed by its fields. */
import type { ParameterSet } from "@/lib/rules/core";
import type { Calculator, Field, InputOf, Policies, Presented } from "./types";

export function defineCalculator<const F extends readonly Field[]>(def: Omit<Calculator, "fields" | "compute" | "check"> & {
  fields: F;
  check?: (input: InputOf<F>) => Partial<Record<string, string>> | null;
  compute: (input: InputOf<F>, policies: Policies | undefined, params?: ParameterSet) => Presented;
}): Calculator {
  return def as unknown as Calculator;
}

/** Money figure: "$" outside the value so the value is a plain decimal ("467.03"). */
export const money = (label: string, cents: number) => ({ label, value: (cents / 100).toFixed(2), prefix: "$" });
export const plain = (label: string, value: string | number) => ({ label, value: String(value) });
