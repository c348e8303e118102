"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { addDocument, addNote } from "@/lib/dal/grievance-files";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";

export type FileFormState = { message?: string; saved?: string; errors?: Record<string, string[] | undefined>; values?: Record<string, string> };

const noteSchema = z.object({ body: z.string({ error: "Write the note" }).trim().min(1, "Write the note").max(10_000, "A note is at most 10,000 characters") });

function refused(e: unknown): FileFormState {
  if (e instanceof ForbiddenError || e instanceof NotFoundError) return { message: e.message };
  throw e;
}

export async function uploadDocumentAction(id: string, _prev: FileFormState, fd: FormData): Promise<FileFormState> {
  const actor = await requireUser();
  const file = fd.get("file");
  if (!(file instanceof File) || file.size === 0) return { errors: { file: ["Choose a file to upload"] }, message: "Nothing was uploaded." };
  try {
    const r = await addDocument(actor, id, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    if (!r.ok) return { errors: Object.fromEntries(Object.entries(r.errors).map(([k, v]) => [k, [v]])), message: "The document was not kept." };
  } catch (e) {
    return refused(e);
  }
  revalidatePath(`/grievances/${id}`);
  return { saved: `Kept ${file.name}.` };
}

export async function addNoteAction(id: string, _prev: FileFormState, fd: FormData): Promise<FileFormState> {
  const actor = await requireUser();
  const parsed = noteSchema.safeParse({ body: fd.get("body") ?? undefined });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "The note was not added.", values: { body: String(fd.get("body") ?? "") } };
  try {
    await addNote(actor, id, parsed.data.body);
  } catch (e) {
    return refused(e);
  }
  revalidatePath(`/grievances/${id}`);
  return { saved: "Note added." };
}
