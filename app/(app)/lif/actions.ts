"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { createLifConsultation, upsertLifAllocation, type LifResult } from "@/lib/dal/lif";
import { addLifMeeting, declineLif, setLifMarks, signLifForm, submitLif } from "@/lib/dal/lif-steps";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { AllocationSchema, DeclineSchema, MeetingSchema, NewConsultationSchema, SignatureSchema } from "@/lib/schemas/lif";
import { LIF_CONFIRMATION_KEYS, LIF_CRITERION_KEYS } from "@/lib/rules/lif";

export type LifFormState = { ok?: boolean; message?: string; errors?: Record<string, string[] | undefined>; values?: Record<string, string>; stale?: boolean };

/** The consultation's updatedAt shown on the review step of an irreversible action (sign, submit). */
const reviewedAt = (fd: FormData) => {
  const v = fd.get("reviewed");
  return typeof v === "string" && v ? v : null;
};
const NOT_REVIEWED = "Review the details before confirming: nothing was signed or recorded.";

const values = (fd: FormData) => Object.fromEntries([...fd.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")).map(([k, v]) => [k, String(v)]));
const invalid = (error: z.ZodError, fd: FormData, message = "Nothing was saved: check the highlighted fields."): LifFormState =>
  ({ errors: z.flattenError(error).fieldErrors as Record<string, string[]>, message, values: values(fd) });

async function guarded(fd: FormData, fn: () => Promise<LifFormState>): Promise<LifFormState> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError) return { message: e.message, values: values(fd) };
    throw e;
  }
}

export async function createConsultationAction(_p: LifFormState, fd: FormData): Promise<LifFormState> {
  const actor = await requireUser();
  const parsed = NewConsultationSchema.safeParse(values(fd));
  if (!parsed.success) return invalid(parsed.error, fd);
  let id = "";
  const r = await guarded(fd, async () => {
    const res = await createLifConsultation(actor, parsed.data);
    if (!res.ok) return { errors: res.field ? { [res.field]: [res.message] } : undefined, message: res.message, values: values(fd) };
    id = res.id;
    return { ok: true };
  });
  if (!id) return r;
  revalidatePath("/lif");
  redirect(`/lif/${id}`);
}

export async function saveAllocationAction(_p: LifFormState, fd: FormData): Promise<LifFormState> {
  const actor = await requireUser();
  const parsed = AllocationSchema.safeParse(values(fd));
  if (!parsed.success) return invalid(parsed.error, fd);
  return guarded(fd, async () => {
    const amountCents = parsed.data.amount;
    await upsertLifAllocation(actor, { organizationId: parsed.data.organizationId, schoolYear: parsed.data.schoolYear, amountCents, source: parsed.data.source });
    revalidatePath("/lif");
    return { ok: true, message: `Allocation for ${parsed.data.schoolYear} saved.` };
  });
}

export async function addMeetingAction(id: string, _p: LifFormState, fd: FormData): Promise<LifFormState> {
  const actor = await requireUser();
  const parsed = MeetingSchema.safeParse(values(fd));
  if (!parsed.success) return invalid(parsed.error, fd);
  return guarded(fd, async () => {
    const r = await addLifMeeting(actor, id, parsed.data);
    if (!r.ok) return { message: r.message, values: values(fd) };
    revalidatePath(`/lif/${id}`);
    return { ok: true, message: r.afterDeadline ? "Meeting recorded. Note: it is after the deadline for this consultation." : "Meeting recorded." };
  });
}

export async function saveMarksAction(id: string, _p: LifFormState, fd: FormData): Promise<LifFormState> {
  const actor = await requireUser();
  const keys = [...LIF_CRITERION_KEYS, ...LIF_CONFIRMATION_KEYS].filter((k) => fd.has(`present-${k}`));
  const marks = keys.map((k) => ({ key: k, met: fd.get(`met-${k}`) === "on", note: String(fd.get(`note-${k}`) ?? "").trim().slice(0, 2000) || undefined }));
  // The version the checklist was opened with: a save over someone else's newer save is refused, keeping the typed marks.
  const opened = Number(fd.get("version"));
  return guarded(fd, async () => {
    const r = await setLifMarks(actor, id, marks, Number.isInteger(opened) && opened > 0 ? opened : undefined);
    if (!r.ok && r.field === "version") return { message: r.message, values: values(fd) };
    if (!r.ok) return { message: r.message };
    revalidatePath(`/lif/${id}`);
    return { ok: true, message: "Checklist saved." };
  });
}

/**
 * The confirm step of an irreversible action (sign, decline, submit): refused unless it carries the review's
 * `reviewed` mark; a consultation changed since the review refreshes the page and sends the form back to its details
 * with what was typed kept (`stale`).
 */
async function confirmReviewed(id: string, fd: FormData, run: (reviewed: string) => Promise<LifResult>, done: string): Promise<LifFormState> {
  const reviewed = reviewedAt(fd);
  if (!reviewed) return { message: NOT_REVIEWED, values: values(fd) };
  return guarded(fd, async () => {
    const r = await run(reviewed);
    if (!r.ok) {
      if (r.field === "reviewed") revalidatePath(`/lif/${id}`);
      return { message: r.message, values: values(fd), stale: r.field === "reviewed" || undefined };
    }
    revalidatePath(`/lif/${id}`);
    return { ok: true, message: done };
  });
}

export async function signAction(id: string, _p: LifFormState, fd: FormData): Promise<LifFormState> {
  const actor = await requireUser();
  const parsed = SignatureSchema.safeParse(values(fd));
  if (!parsed.success) return invalid(parsed.error, fd, "Not signed: check the highlighted fields.");
  return confirmReviewed(id, fd, (reviewed) => signLifForm(actor, id, parsed.data, reviewed), "Signed.");
}

export async function declineAction(id: string, _p: LifFormState, fd: FormData): Promise<LifFormState> {
  const actor = await requireUser();
  const parsed = DeclineSchema.safeParse(values(fd));
  if (!parsed.success) return invalid(parsed.error, fd);
  return confirmReviewed(id, fd, (reviewed) => declineLif(actor, id, parsed.data, reviewed), "The local's decision to decline is recorded.");
}

export async function submitAction(id: string, _p: LifFormState, fd: FormData): Promise<LifFormState> {
  const actor = await requireUser();
  const on = z.iso.date().safeParse(fd.get("on"));
  if (!on.success) return { errors: { on: ["Date must be a date (YYYY-MM-DD)"] }, values: values(fd) };
  return confirmReviewed(id, fd, (reviewed) => submitLif(actor, id, on.data, reviewed), "Marked as submitted.");
}
