"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/dal/session";
import { createFeedToken, revokeFeedToken } from "@/lib/dal/calendar-feeds";
import { NotFoundError } from "@/lib/dal/errors";

export type FeedState = { message?: string; saved?: string; token?: string };

export async function createFeedAction(_prev: FeedState): Promise<FeedState> {
  const actor = await requireUser();
  const { token } = await createFeedToken(actor);
  revalidatePath("/settings");
  return { saved: "A new feed address was created. Copy it now: it is shown only once. Any earlier address stops working.", token };
}

export async function revokeFeedAction(_prev: FeedState, fd: FormData): Promise<FeedState> {
  const actor = await requireUser();
  try {
    await revokeFeedToken(actor, String(fd.get("id") ?? ""));
  } catch (e) {
    if (e instanceof NotFoundError) return { message: e.message };
    throw e;
  }
  revalidatePath("/settings");
  return { saved: "The feed address was revoked: calendars using it get no more deadlines." };
}
