"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { approvePayPeriod, createPayPeriod, runPayPeriod } from "@/lib/dal/ttoc";
import { importTtocDays, type RowError } from "@/lib/dal/ttoc-import";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { AdjustmentSchema, NewPeriodSchema, TTOC_CSV_COLUMNS } from "@/lib/schemas/ttoc";
import { recordAdjustment } from "@/lib/dal/ttoc-adjust";
import { saveCallouts } from "@/lib/dal/ttoc-entry";
import { deletePayPeriod } from "@/lib/dal/ttoc-period-admin";
import { runRetro } from "@/lib/dal/ttoc-retro";
import { formatCents } from "@/lib/rules/core";

export type TtocState = { ok?: boolean; message?: string; errors?: Record<string, string[] | undefined>; rowErrors?: RowError[]; values?: Record<string, string> };

function refused(e: unknown): TtocState {
  if (e instanceof ForbiddenError || e instanceof NotFoundError) return { message: e.message };
  throw e;
}

export async function createPeriodAction(organizationId: string, _p: TtocState, fd: FormData): Promise<TtocState> {
  const actor = await requireUser();
  const values = { startDate: String(fd.get("startDate") ?? ""), endDate: String(fd.get("endDate") ?? ""), nonStandard: fd.get("nonStandard") ? "on" : "", reason: String(fd.get("reason") ?? "") };
  const parsed = NewPeriodSchema.safeParse(values);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "The period was not created: check the dates.", values };
  let id = "";
  try {
    const r = await createPayPeriod(actor, organizationId, { startDate: parsed.data.startDate, endDate: parsed.data.endDate, reason: parsed.data.nonStandard ? parsed.data.reason : undefined });
    if (!r.ok) return { errors: { startDate: [r.message] }, message: "The period was not created.", values };
    id = r.id;
  } catch (e) { return refused(e); }
  revalidatePath("/ttoc");
  redirect(`/ttoc/${id}`);
}

export async function importDaysAction(periodId: string, _p: TtocState, fd: FormData): Promise<TtocState> {
  const actor = await requireUser();
  const file = fd.get("file");
  if (!(file instanceof File) || file.size === 0) return { errors: { file: ["Choose the dispatch CSV file"] } };
  if (file.size > 5_000_000) return { errors: { file: ["The file is larger than 5 MB: split it"] } };
  try {
    const r = await importTtocDays(actor, periodId, await file.text());
    if (!r.ok) return { message: r.message, rowErrors: r.errors };
    revalidatePath(`/ttoc/${periodId}`);
    return { ok: true, message: `Imported ${r.count} callout${r.count === 1 ? "" : "s"}. Run the period to compute the pay.` };
  } catch (e) { return refused(e); }
}

export async function runPeriodAction(periodId: string, _p: TtocState, _fd: FormData): Promise<TtocState> {
  const actor = await requireUser();
  try {
    const r = await runPayPeriod(actor, periodId);
    if (!r.ok) return { message: r.message };
    revalidatePath(`/ttoc/${periodId}`);
    return { ok: true, message: `Computed ${r.count} pay line${r.count === 1 ? "" : "s"}.` };
  } catch (e) { return refused(e); }
}

/** Posted from the confirm step (/ttoc/[id]/approve), which shows what approval freezes. */
export async function approvePeriodAction(periodId: string, _p: TtocState, _fd: FormData): Promise<TtocState> {
  const actor = await requireUser();
  try {
    const r = await approvePayPeriod(actor, periodId);
    if (!r.ok) return { message: r.message };
  } catch (e) { return refused(e); }
  revalidatePath(`/ttoc/${periodId}`);
  revalidatePath("/ttoc");
  redirect(`/ttoc/${periodId}?approved=1`);
}

/** Posted from the confirm step (/ttoc/[id]/delete). */
export async function deletePeriodAction(periodId: string, _p: TtocState, _fd: FormData): Promise<TtocState> {
  const actor = await requireUser();
  try {
    const r = await deletePayPeriod(actor, periodId);
    if (!r.ok) return { message: r.message };
  } catch (e) { return refused(e); }
  revalidatePath("/ttoc");
  redirect("/ttoc?deleted=1");
}

export async function adjustmentAction(periodId: string, _p: TtocState, fd: FormData): Promise<TtocState> {
  const actor = await requireUser();
  const values = { employeeNumber: String(fd.get("employeeNumber") ?? ""), date: String(fd.get("date") ?? ""), reason: String(fd.get("reason") ?? "") };
  const parsed = AdjustmentSchema.safeParse(values);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "The adjustment was not recorded: check the fields.", values };
  try {
    const r = await recordAdjustment(actor, periodId, parsed.data);
    if (!r.ok) return { errors: r.errors, message: r.message, values };
    revalidatePath(`/ttoc/${periodId}`);
    return { ok: true, message: `Adjustment of ${(r.cents / 100).toFixed(2)} recorded for ${parsed.data.employeeNumber} (${parsed.data.date}).` };
  } catch (e) { return refused(e); }
}

/** The entry grid posts its rows as row-<i>-<column> fields; blank rows are skipped. */
export async function saveEntryAction(periodId: string, _p: TtocState, fd: FormData): Promise<TtocState> {
  const actor = await requireUser();
  const count = Math.min(200, Number(fd.get("rows") ?? 0) || 0);
  const rows: Array<{ row: number; rec: Record<string, string> }> = [];
  for (let i = 1; i <= count; i++) {
    const rec = Object.fromEntries(TTOC_CSV_COLUMNS.map((c) => [c, String(fd.get(`row-${i}-${c}`) ?? "").trim()]));
    if (Object.values(rec).some(Boolean)) rows.push({ row: i, rec });
  }
  if (!rows.length) return { message: "Nothing was saved: fill in at least one row." };
  try {
    const r = await saveCallouts(actor, periodId, rows.map((x) => x.rec), (i) => rows[i].row, "entry");
    if (!r.ok) return { message: r.message, rowErrors: r.errors };
    revalidatePath(`/ttoc/${periodId}`);
    return { ok: true, message: `Saved ${r.count} callout${r.count === 1 ? "" : "s"}. Run the period to compute the pay.` };
  } catch (e) { return refused(e); }
}

/** Retro run for one district-entered value (explicit, audited; a rerun writes nothing new). */
export async function retroAction(periodId: string, parameterValueId: string, _p: TtocState, _fd: FormData): Promise<TtocState> {
  const actor = await requireUser();
  try {
    const r = await runRetro(actor, periodId, parameterValueId);
    if (!r.ok) return { message: r.message };
    revalidatePath(`/ttoc/${periodId}`);
    return { ok: true, message: `Retro: ${r.days} approved day(s) recomputed, ${r.count} adjustment line(s) written, total ${formatCents(r.totalCents)}.` };
  } catch (e) { return refused(e); }
}
