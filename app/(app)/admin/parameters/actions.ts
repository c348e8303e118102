"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { previewParameterValue, saveParameterValue, withdrawParameterValue } from "@/lib/dal/parameters";
import type { PreviewRow } from "@/lib/rules/parameters/new-values";

export type ParameterFormState = {
  message?: string; saved?: string; values?: Record<string, string>; errors?: Record<string, string[] | undefined>;
  preview?: { rows: PreviewRow[]; rounding: string | null; previous: string; method: string };
};

const schema = z.strictObject({
  agreementId: z.string().min(1, "choose an agreement"), seriesId: z.string().min(1, "choose a series"),
  effectiveDate: z.iso.date("a date is required"), method: z.enum(["gwi", "csv"], "choose how the value is entered"),
  percent: z.string().optional(), csv: z.string().optional(), key: z.string().max(20).optional(),
  citation: z.string().trim().min(3, "name the agreement, MOA or award").max(200), citationDate: z.iso.date("the citation's date is required"),
});
const FIELDS = ["agreementId", "seriesId", "effectiveDate", "method", "percent", "key", "citation", "citationDate"] as const;

export async function parameterValueAction(_prev: ParameterFormState, fd: FormData): Promise<ParameterFormState> {
  const actor = await requireUser();
  const values: Record<string, string> = Object.fromEntries(FIELDS.map((k) => [k, String(fd.get(k) ?? "")]));
  const file = fd.get("csvFile");
  values.csv = file instanceof File && file.size > 0 ? (file.size > 100_000 ? "" : await file.text()) : String(fd.get("csv") ?? "");
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "Nothing was saved: check the highlighted fields.", values };
  try {
    if (fd.get("intent") === "save") {
      if (fd.get("confirm") !== "yes") return { message: "Tick the confirmation to save.", values, errors: { confirm: ["confirm the value before saving"] } };
      const r = await saveParameterValue(actor, parsed.data);
      if (!r.ok) return { message: r.message, errors: r.errors, values };
      revalidatePath("/admin/parameters");
      return { saved: `Saved ${parsed.data.seriesId} effective ${parsed.data.effectiveDate} (recorded in the audit log).` };
    }
    const p = await previewParameterValue(actor, parsed.data);
    if (!p.ok) return { message: p.message, errors: p.errors, values };
    return { values, preview: { rows: p.rows, rounding: p.rounding, previous: p.previous, method: p.method } };
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError) return { message: e.message, values };
    throw e;
  }
}

export async function withdrawParameterAction(_prev: ParameterFormState, fd: FormData): Promise<ParameterFormState> {
  const actor = await requireUser();
  try {
    const r = await withdrawParameterValue(actor, String(fd.get("id") ?? ""));
    if (!r.ok) return { message: r.message };
    revalidatePath("/admin/parameters");
    return { saved: "Withdrawn (recorded in the audit log)." };
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError) return { message: e.message };
    throw e;
  }
}
