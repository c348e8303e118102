"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { addClosure, removeClosure } from "@/lib/dal/calendar-closures";
import { todayInBc } from "@/lib/dal/grievance-scope";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { calendarClosureSchema } from "@/lib/schemas/calendar-closure";

export type ClosureFormState = { message?: string; saved?: string; values?: Record<string, string>; errors?: Record<string, string[] | undefined> };

const FIELDS = ["organizationId", "schoolYear", "fromDate", "toDate", "label"] as const;

export async function addClosureAction(_prev: ClosureFormState, fd: FormData): Promise<ClosureFormState> {
  const actor = await requireUser();
  const values = Object.fromEntries(FIELDS.map((k) => [k, String(fd.get(k) ?? "")]));
  const parsed = calendarClosureSchema.safeParse(values);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "The closure was not added: check the highlighted fields.", values };
  try {
    const r = await addClosure(actor, parsed.data, todayInBc());
    revalidatePath("/admin/calendar");
    revalidatePath("/grievances");
    return { saved: `Added ${parsed.data.label} (${parsed.data.fromDate} to ${parsed.data.toDate}); ${r.recomputed} open grievance deadline(s) on a school-days calendar recomputed.` };
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError) return { message: e.message, values };
    throw e;
  }
}

export async function removeClosureAction(_prev: ClosureFormState, fd: FormData): Promise<ClosureFormState> {
  const actor = await requireUser();
  const id = String(fd.get("id") ?? "");
  try {
    const r = await removeClosure(actor, id, todayInBc());
    revalidatePath("/admin/calendar");
    revalidatePath("/grievances");
    return { saved: `Closure removed (recorded in the audit log); ${r.recomputed} open grievance deadline(s) recomputed.` };
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError) return { message: e.message };
    throw e;
  }
}
