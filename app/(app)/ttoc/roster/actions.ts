"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { addPlacement } from "@/lib/dal/ttoc-roster";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { PlacementSchema } from "@/lib/schemas/ttoc";
import type { TtocState } from "../actions";

const FIELDS = ["effectiveDate", "certificated", "category", "step", "bankDays", "note"] as const;

export async function placementAction(employeeId: string, _p: TtocState, fd: FormData): Promise<TtocState> {
  const actor = await requireUser();
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(fd.get(f) ?? "")]));
  const parsed = PlacementSchema.safeParse(values);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "The placement was not saved: check the fields.", values };
  try {
    const r = await addPlacement(actor, employeeId, parsed.data);
    if (!r.ok) return { errors: r.errors, message: r.message, values };
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError) return { message: e.message, values };
    throw e;
  }
  revalidatePath(`/ttoc/roster/${employeeId}`);
  revalidatePath("/ttoc/roster");
  return { ok: true, message: `Placement from ${parsed.data.effectiveDate} recorded.` };
}
