"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { makeRecallOffer, respondToRecallOffer } from "@/lib/dal/recall-offers";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { OfferFormSchema, ResponseFormSchema } from "@/lib/schemas/layoff";

export type RecallFormState = { ok?: boolean; message?: string; errors?: Record<string, string[] | undefined> };

function refused(e: unknown): RecallFormState {
  if (e instanceof ForbiddenError || e instanceof NotFoundError) return { message: e.message };
  throw e;
}

export async function offerAction(entryId: string, _p: RecallFormState, fd: FormData): Promise<RecallFormState> {
  const actor = await requireUser();
  const parsed = OfferFormSchema.safeParse({
    positionTitle: fd.get("positionTitle"), fte: fd.get("fte"), offeredAt: fd.get("offeredAt"),
    equalOrGreaterTime: fd.get("equalOrGreaterTime") === "on", changeOfCommunity: fd.get("changeOfCommunity") === "on", qualified: fd.get("qualified") === "on",
  });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "The offer was not recorded: check the highlighted fields." };
  try {
    const { fte, ...rest } = parsed.data;
    const r = await makeRecallOffer(actor, entryId, { ...rest, fteMilli: Math.round(Number(fte) * 1000) });
    if (!r.ok) return { errors: r.errors, message: "The offer was not recorded." };
    revalidatePath(`/recall/${entryId}`);
    revalidatePath("/recall");
    return { ok: true, message: `Offer recorded. The answer is due by ${r.respondBy} (24 hours after receipt).` };
  } catch (e) { return refused(e); }
}

export async function respondAction(entryId: string, offerId: string, _p: RecallFormState, fd: FormData): Promise<RecallFormState> {
  const actor = await requireUser();
  const parsed = ResponseFormSchema.safeParse({ response: fd.get("response") ?? undefined, respondedAt: fd.get("respondedAt"), recordLate: fd.get("recordLate") === "on" });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "The answer was not recorded: check the highlighted fields." };
  try {
    const r = await respondToRecallOffer(actor, offerId, parsed.data);
    if (!r.ok) return { errors: r.errors, message: "The answer was not recorded." };
    revalidatePath(`/recall/${entryId}`);
    revalidatePath("/recall");
    return { ok: true, message: r.message };
  } catch (e) { return refused(e); }
}
