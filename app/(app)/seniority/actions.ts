"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { publishSeniorityList, recordAppeal } from "@/lib/dal/seniority-published";
import { addLedgerEntry, importLedgerEntries } from "@/lib/dal/seniority-ledger";
import { getEmployee, agreementOf } from "@/lib/dal/employees";
import { AppealFields, PublishFields, AGREEMENT_IDS } from "@/lib/schemas/seniority";
import { ledgerSchemaFor, toLedgerRecord } from "@/lib/schemas/ledger";
import { validateLedgerCsv } from "@/lib/schemas/ledger-csv";

export type FormState = { message?: string; ok?: boolean; values?: Record<string, string>; errors?: Record<string, string[] | undefined>; rowErrors?: Array<{ row: number; message: string }>; imported?: number; nonce?: number; existingId?: string };

function refused(e: unknown): FormState {
  if (e instanceof ForbiddenError || e instanceof NotFoundError) return { message: e.message };
  throw e;
}
const echo = (fd: FormData, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, String(fd.get(k) ?? "")]));

export async function publishListAction(agreement: string, _prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireUser();
  const rules = z.enum(AGREEMENT_IDS).safeParse(agreement);
  const parsed = PublishFields.safeParse({ asOf: fd.get("asOf"), list: fd.get("list") });
  if (!rules.success) return { message: "Unknown agreement." };
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "The list was not published." };
  let id: string;
  try {
    const reviewed = fd.get("reviewed");
    const r = await publishSeniorityList(actor, rules.data, parsed.data.asOf, parsed.data.list, undefined, typeof reviewed === "string" && reviewed ? reviewed : undefined);
    if (!r.ok && r.field === "reviewed") {
      // The review page shows the list as it is now; the confirm button then carries its new fingerprint.
      revalidatePath(`/seniority/${rules.data}/publish`);
      return { message: r.message };
    }
    if (!r.ok) return { errors: { [r.field]: [r.message] }, message: "The list was not published.", existingId: r.existingId };
    id = r.id;
  } catch (e) {
    return refused(e);
  }
  revalidatePath("/seniority");
  redirect(`/seniority/published/${id}`);
}

const APPEAL_KEYS = ["employeeNumber", "receivedOn", "grounds"] as const;
export async function recordAppealAction(listId: string, _prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireUser();
  const parsed = AppealFields.safeParse(Object.fromEntries(APPEAL_KEYS.map((k) => [k, fd.get(k) ?? ""])));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "The appeal was not recorded.", values: echo(fd, APPEAL_KEYS) };
  try {
    const r = await recordAppeal(actor, listId, parsed.data);
    if (!r.ok) return { errors: { [r.field]: [r.message] }, message: "The appeal was not recorded.", values: echo(fd, APPEAL_KEYS) };
  } catch (e) {
    return refused(e);
  }
  revalidatePath(`/seniority/published/${listId}`);
  return { ok: true, message: "Appeal recorded.", nonce: Date.now() };
}

const LEDGER_KEYS = ["kind", "startDate", "endDate", "fte", "quantity", "reason", "note"] as const;
export async function addLedgerEntryAction(employeeId: string, _prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireUser();
  try {
    const e = await getEmployee(actor, employeeId);
    const parsed = ledgerSchemaFor(e.agreement.rulesId).safeParse(Object.fromEntries(LEDGER_KEYS.map((k) => [k, fd.get(k) ?? undefined])));
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "The entry was not saved: check the highlighted fields.", values: echo(fd, LEDGER_KEYS) };
    const r = await addLedgerEntry(actor, { ...toLedgerRecord(parsed.data), employeeId });
    if (!r.ok) return { errors: Object.fromEntries(r.errors.map((x) => [x.field, [x.message]])), message: "The entry was not saved: check the highlighted fields.", values: echo(fd, LEDGER_KEYS) };
  } catch (e) {
    return refused(e);
  }
  revalidatePath(`/employees/${employeeId}`);
  revalidatePath(`/employees/${employeeId}/ledger`);
  return { ok: true, message: "Entry saved; the seniority summary is updated.", nonce: Date.now() };
}

export async function importLedgerAction(organizationId: string, _prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireUser();
  const file = fd.get("file");
  if (!(file instanceof File) || file.size === 0) return { errors: { file: ["Choose a CSV file to import"] } };
  if (file.size > 2_000_000) return { errors: { file: ["The file is larger than 2 MB: split it into smaller files"] } };
  try {
    const { rulesId } = await agreementOf(organizationId);
    const checked = validateLedgerCsv(await file.text(), rulesId);
    if (!checked.ok) return { message: checked.message, rowErrors: checked.rowErrors };
    const r = await importLedgerEntries(actor, organizationId, checked.rows);
    if (!r.ok) return { message: "Nothing was imported: fix these rows and import the file again.", rowErrors: r.errors.map((x) => ({ row: x.row, message: `${x.field}: ${x.message}` })) };
    revalidatePath("/seniority");
    return { imported: r.count, message: `Imported ${r.count} ledger entr${r.count === 1 ? "y" : "ies"}.` };
  } catch (e) {
    return refused(e);
  }
}
