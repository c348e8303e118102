import { z } from "zod";
import { isoDateSchema, safeString } from "./common";
import { LEAVE_KINDS } from "@/lib/rules";
import { SD71_BREAK_REASONS } from "@/lib/seniority/sd71-ledger";
import { LEDGER_KINDS, type LedgerRecord } from "@/lib/seniority/types";

/** Ledger kinds an HR clerk enters (STEP_CHANGE belongs to placement, not seniority). */
export const ENTRY_KINDS = LEDGER_KINDS.filter((k) => k !== "STEP_CHANGE");
export const KIND_LABELS: Record<string, string> = {
  APPOINTMENT: "Appointment", TEMPORARY_CONTRACT: "Temporary or term contract", TTOC_DAYS: "TTOC days", LEAVE: "Leave",
  LAYOFF: "Layoff", RECALL: "Recall", PORTED_SENIORITY: "Ported seniority", UNPAID_BREAK: "Unpaid break",
  HOURS_WORKED: "Hours worked", STEP_CHANGE: "Step change",
};
export const CONTRACT_TYPES = ["TEMPORARY", "TERM"] as const;

const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : typeof v === "string" ? v.trim() : v);
const date = (label: string) => isoDateSchema({ error: `${label} must be a date (YYYY-MM-DD)` });
const decimal = safeString().regex(/^\d+(\.\d{1,2})?$/, "must be a number with at most two decimals");

/** One ledger entry as typed in the form or a CSV row. `quantity`: days (TTOC, ported) or hours (hours worked). */
export const LedgerFields = z.object({
  kind: z.enum(ENTRY_KINDS, { error: "Choose what kind of entry this is" }),
  startDate: date("Start date"),
  endDate: z.preprocess(blank, date("End date").optional()),
  fte: z.preprocess(blank, safeString().regex(/^(0(\.\d{1,3})?|1(\.0{1,3})?)$/, "FTE must be between 0 and 1 with at most three decimals").optional()),
  quantity: z.preprocess(blank, decimal.optional()),
  reason: z.preprocess(blank, safeString().max(60).optional()),
  note: z.preprocess(blank, safeString().max(300).optional()),
});
export type LedgerFieldsOutput = z.output<typeof LedgerFields>;

/** The fields checked against the agreement; the output is a ledger record in storage units. */
export function ledgerSchemaFor(rulesId: string) {
  return LedgerFields.superRefine((e, ctx) => {
    const need = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [field], message });
    const q = e.quantity === undefined ? undefined : Number(e.quantity);
    if (e.kind === "TTOC_DAYS") {
      if (rulesId !== "sd73-teachers") need("kind", "TTOC days are recorded for SD73 teachers only");
      if (q === undefined || q <= 0) need("quantity", "Enter the days worked (C.2.3.b: in half days)");
      else if (!Number.isInteger(q * 2)) need("quantity", "TTOC days are credited in half days (C.2.3.b.i): use .0 or .5");
    }
    if (e.kind === "HOURS_WORKED" && (q === undefined || q <= 0)) need("quantity", "Enter the hours worked");
    if (e.kind === "PORTED_SENIORITY") {
      if (rulesId !== "sd73-teachers") need("kind", "Ported seniority applies to SD73 teachers (C.2.2)");
      if (q === undefined || q <= 0 || !Number.isInteger(q)) need("quantity", "Enter the ported days as whole days (189 a year, C.2.3.b.iii)");
    }
    if (e.kind === "LEAVE" && e.reason && !(LEAVE_KINDS as readonly string[]).includes(e.reason)) need("reason", `Leave kind must be one of: ${LEAVE_KINDS.join(", ")}`);
    if (e.kind === "UNPAID_BREAK" && e.reason && !(SD71_BREAK_REASONS as readonly string[]).includes(e.reason)) need("reason", `Break reason must be one of: ${SD71_BREAK_REASONS.join(", ")} (15.01(b))`);
    if (e.kind === "TEMPORARY_CONTRACT" && e.reason && !(CONTRACT_TYPES as readonly string[]).includes(e.reason)) need("reason", "Contract type must be TEMPORARY or TERM (C.2.4)");
    if (e.kind === "LEAVE" && rulesId !== "sd73-teachers" && e.reason) need("reason", "SD71 unpaid leaves are entered as unpaid breaks with a reason (15.01(b))");
  });
}

export function toLedgerRecord(e: LedgerFieldsOutput): LedgerRecord & { note: string | null } {
  const q = e.quantity === undefined ? null : Number(e.quantity);
  const quantity = q === null ? null : e.kind === "TTOC_DAYS" ? Math.round(q * 2) : e.kind === "HOURS_WORKED" ? Math.round(q * 100) : e.kind === "PORTED_SENIORITY" ? Math.round(q) : null;
  const withFte = e.kind === "APPOINTMENT" || e.kind === "TEMPORARY_CONTRACT";
  return {
    kind: e.kind, startDate: e.startDate, endDate: e.endDate ?? null,
    fteMilli: withFte && e.fte !== undefined ? Math.round(Number(e.fte) * 1000) : withFte ? 1000 : null,
    quantity, reason: e.reason ?? null, note: e.note ?? null,
  };
}
