"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { addPosition, updatePosition } from "@/lib/dal/positions";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { NewPositionSchema, PositionSchema, fteMilliOf } from "@/lib/schemas/position";
import type { FormState } from "../actions";

const FIELDS = ["title", "school", "fte", "startDate"] as const;

/**
 * Saves the employee's position (`positionId`) or, with none, adds one. A refused save returns what was typed so the
 * form shows it again; a save redirects to the employee page, which shows the position as saved.
 */
export async function savePositionAction(employeeId: string, positionId: string | null, _p: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = Object.fromEntries(FIELDS.map((k) => [k, String(fd.get(k) ?? "")]));
  const parsed = (positionId ? PositionSchema : NewPositionSchema).safeParse(values);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "The position was not saved: check the highlighted fields.", values };
  const c = { title: parsed.data.title, schoolId: parsed.data.school || null, fteMilli: fteMilliOf(parsed.data.fte) };
  try {
    const opened = new Date(String(fd.get("opened") ?? ""));
    const r = positionId
      ? await updatePosition(actor, positionId, c, Number.isNaN(opened.getTime()) ? undefined : opened)
      : await addPosition(actor, employeeId, { ...c, startDate: (parsed.data as z.output<typeof NewPositionSchema>).startDate });
    if (!r.ok && r.field === "school") return { errors: { school: [r.message] }, message: "The position was not saved: check the highlighted fields.", values };
    if (!r.ok) return { message: r.message, values };
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError) return { message: e.message, values };
    throw e;
  }
  revalidatePath(`/employees/${employeeId}`);
  redirect(`/employees/${employeeId}?saved=position`);
}
