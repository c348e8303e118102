/**
 * Field builders: each pairs how a form field looks with the zod schema that reads its
 * query-string value. Blank values are `undefined`; a required field says so next to it.
 */
import { moneyInput } from "@/lib/schemas/money-input";
import { z } from "zod";
import { core } from "@/lib/rules";
import type { Field, FieldDef } from "./types";

type Opts = Omit<Partial<FieldDef>, "name" | "label" | "kind">;
const REQUIRED = "Required.";

/** Blank → undefined, otherwise the trimmed text. */
const text = z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.string().optional());

type Inner<T> = z.ZodType<T, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- any input type: fields coerce form strings
function req<T>(inner: Inner<T>): z.ZodType<T> {
  return text.pipe(z.string({ error: REQUIRED }).pipe(inner)) as unknown as z.ZodType<T>;
}
function opt<T>(inner: Inner<T>): z.ZodType<T | undefined> {
  return text.pipe(inner.optional()) as unknown as z.ZodType<T | undefined>;
}
const make = <N extends string, T>(name: N, label: string, kind: FieldDef["kind"], schema: z.ZodType<T>, o: Opts = {}): Field<N, T> => ({ name, label, kind, schema, ...o });

const isoDate = z.string().refine((s) => core.tryParseIsoDate(s) !== null, "Enter a calendar date as YYYY-MM-DD.");
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, "Enter a number, e.g. 7.5.").transform(Number);
const integer = z.string().regex(/^-?\d+$/, "Enter a whole number.").transform(Number);
const dollars = moneyInput("Enter an amount in dollars, e.g. 22.71.");

export const f = {
  date: <N extends string>(name: N, label: string, o?: Opts) => make(name, label, "date", req(isoDate), o),
  optionalDate: <N extends string>(name: N, label: string, o?: Opts) => make(name, label, "date", opt(isoDate), o),
  month: <N extends string>(name: N, label: string, o?: Opts) =>
    make(name, label, "month", req(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Enter a month as YYYY-MM.")), o),
  /** A date and time "YYYY-MM-DDTHH:MM" (a datetime-local input). */
  datetime: <N extends string>(name: N, label: string, o?: Opts & { optional?: boolean }) => {
    const s = z.string().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, "Enter a date and time.");
    return make(name, label, "datetime", o?.optional ? opt(s) : req(s), o);
  },
  time: <N extends string>(name: N, label: string, o?: Opts & { optional?: boolean }) => {
    const s = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time as HH:MM.");
    return make(name, label, "time", o?.optional ? opt(s) : req(s), o);
  },
  /** A number; range checks are left to the rules, which name the article. `min` only guards the sign. */
  number: <N extends string>(name: N, label: string, o?: Opts & { nonNegative?: boolean }) => {
    const s = o?.nonNegative ? decimal.refine((n) => n >= 0, "Must be 0 or more.") : decimal;
    return make(name, label, "number", req(s), { step: "any", ...o });
  },
  optionalNumber: <N extends string>(name: N, label: string, o?: Opts & { nonNegative?: boolean }) => {
    const s = o?.nonNegative ? decimal.refine((n) => n >= 0, "Must be 0 or more.") : decimal;
    return make(name, label, "number", opt(s), { step: "any", ...o });
  },
  integer: <N extends string>(name: N, label: string, o?: Opts) => make(name, label, "number", req(integer), { step: "1", ...o }),
  optionalInteger: <N extends string>(name: N, label: string, o?: Opts) => make(name, label, "number", opt(integer), { step: "1", ...o }),
  /** Dollars and cents typed by a person, read as integer cents. */
  dollars: <N extends string>(name: N, label: string, o?: Opts) => make(name, label, "text", req(dollars), { hint: "Dollars and cents, e.g. 22.71.", ...o }),
  optionalDollars: <N extends string>(name: N, label: string, o?: Opts) => make(name, label, "text", opt(dollars), o),
  select: <N extends string, const V extends string>(name: N, label: string, values: readonly { value: V; label: string }[], o?: Opts) =>
    make(name, label, "select", req(z.enum(values.map((v) => v.value) as [V, ...V[]], { error: "Choose one of the options." })), { options: values, ...o }),
  optionalSelect: <N extends string, const V extends string>(name: N, label: string, values: readonly { value: V; label: string }[], o?: Opts) =>
    make(name, label, "select", opt(z.enum(values.map((v) => v.value) as [V, ...V[]], { error: "Choose one of the options." })), { options: [{ value: "" as V, label: "—" }, ...values], ...o }),
  /** Yes / No as a select, read as a boolean ("true" / "false" in the URL; absent is No). */
  yesNo: <N extends string>(name: N, label: string, o?: Opts) =>
    make(name, label, "select", opt(z.enum(["true", "false"], { error: "Choose yes or no." })).transform((v) => v === "true"), {
      // "No" first: an absent value shows as No, which is how it is read
      options: [{ value: "false", label: "No" }, { value: "true", label: "Yes" }], default: "false", ...o,
    }),
  /** Comma-separated numbers, e.g. callout fractions "1" or "0.5, 0.75". */
  numberList: <N extends string>(name: N, label: string, o?: Opts) =>
    make(name, label, "text", req(z.string().transform((s, ctx) => {
      const parts = s.split(",").map((p) => p.trim()).filter(Boolean);
      const bad = parts.find((p) => !/^-?\d+(\.\d+)?$/.test(p));
      if (bad !== undefined || parts.length === 0) {
        ctx.addIssue({ code: "custom", message: bad !== undefined ? `"${bad}" is not a number.` : REQUIRED });
        return z.NEVER;
      }
      return parts.map(Number);
    })), o),
  text: <N extends string>(name: N, label: string, o?: Opts & { optional?: boolean }) =>
    make(name, label, "text", o?.optional ? opt(z.string()) : req(z.string()), o),
  /** Free text lines (a textarea); each calculator reads them. */
  lines: <N extends string>(name: N, label: string, o?: Opts) =>
    make(name, label, "lines", req(z.string().transform((s) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))), o),
};
