"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { updateSchoolHours } from "@/lib/dal/ttoc-schools";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { ChangedSinceError } from "@/lib/dal/optimistic-lock";
import { SchoolHoursSchema } from "@/lib/schemas/ttoc";
import type { TtocState } from "../actions";

export async function schoolHoursAction(schoolId: string, _p: TtocState, fd: FormData): Promise<TtocState> {
  const actor = await requireUser();
  const values = { dayStart: String(fd.get("dayStart") ?? ""), lunchStart: String(fd.get("lunchStart") ?? ""), dayEnd: String(fd.get("dayEnd") ?? ""), outlying: fd.get("outlying") === "on" ? "on" : "" };
  const parsed = SchoolHoursSchema.safeParse(values);
  const outlying = values.outlying === "on";
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "Not saved: check the times.", values };
  try {
    // The version the form was opened with: a save over someone else's newer save is refused (keeping the typed times).
    const opened = Number(fd.get("version"));
    const name = await updateSchoolHours(actor, schoolId, { ...parsed.data, outlying }, Number.isInteger(opened) && opened > 0 ? opened : undefined);
    revalidatePath("/ttoc/schools");
    return { ok: true, message: `Saved: ${name} ${parsed.data.dayStart}–${parsed.data.dayEnd}, lunch from ${parsed.data.lunchStart}; ${outlying ? "an outlying school: its positions are bypassed in a layoff" : "not an outlying school"}.`, values };
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError || e instanceof ChangedSinceError) return { message: e.message, values };
    throw e;
  }
}
