"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { approvePayPeriod, createPayPeriod, runPayPeriod } from "@/lib/dal/ttoc";
import { importTtocDays, type RowError } from "@/lib/dal/ttoc-import";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { NewPeriodSchema } from "@/lib/schemas/ttoc";

export type TtocState = { ok?: boolean; message?: string; errors?: Record<string, string[] | undefined>; rowErrors?: RowError[] };

function refused(e: unknown): TtocState {
  if (e instanceof ForbiddenError || e instanceof NotFoundError) return { message: e.message };
  throw e;
}

export async function createPeriodAction(organizationId: string, _p: TtocState, fd: FormData): Promise<TtocState> {
  const actor = await requireUser();
  const parsed = NewPeriodSchema.safeParse({ startDate: fd.get("startDate"), endDate: fd.get("endDate") });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "The period was not created: check the dates." };
  let id = "";
  try {
    const r = await createPayPeriod(actor, organizationId, parsed.data);
    if (!r.ok) return { errors: { startDate: [r.message] }, message: "The period was not created." };
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

export async function approvePeriodAction(periodId: string, _p: TtocState, _fd: FormData): Promise<TtocState> {
  const actor = await requireUser();
  try {
    const r = await approvePayPeriod(actor, periodId);
    if (!r.ok) return { message: r.message };
    revalidatePath(`/ttoc/${periodId}`);
    return { ok: true, message: "Approved. The period can no longer change." };
  } catch (e) { return refused(e); }
}
