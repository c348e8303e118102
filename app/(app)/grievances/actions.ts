"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { createGrievance, recordGrievanceEvent } from "@/lib/dal/grievance-writes";
import { todayInBc } from "@/lib/dal/grievance-scope";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { grievanceEventSchema, newGrievanceSchema } from "@/lib/schemas/grievance";

export type GrievanceFormState = { message?: string; values?: Record<string, string>; errors?: Record<string, string[] | undefined>; saved?: string };

const GRIEVANCE_FIELDS = ["agreementId", "type", "policy", "grievors", "articles", "summary", "remedy", "violationDate", "awarenessDate", "calendarProfile"] as const;
const EVENT_FIELDS = ["type", "date", "newDue", "ruleId", "correctsId", "note"] as const;
// The form's one-time key travels with the fields (a double submit saves one record) but is never echoed back.
const KEYED = (keys: readonly string[]) => [...keys, "idempotencyKey"];
const read = (fd: FormData, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, fd.get(k) ?? undefined]));
const echo = (fd: FormData, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, String(fd.get(k) ?? "")]));
const asFieldErrors = (e: Record<string, string>) => Object.fromEntries(Object.entries(e).map(([k, v]) => [k, [v]]));

function refused(e: unknown): GrievanceFormState {
  if (e instanceof ForbiddenError || e instanceof NotFoundError) return { message: e.message };
  throw e;
}

export async function fileGrievanceAction(_prev: GrievanceFormState, fd: FormData): Promise<GrievanceFormState> {
  const actor = await requireUser();
  const today = todayInBc();
  const notSaved = "The grievance was not filed: check the highlighted fields.";
  const parsed = newGrievanceSchema(today).safeParse(read(fd, KEYED(GRIEVANCE_FIELDS)));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: notSaved, values: echo(fd, GRIEVANCE_FIELDS) };
  let id: string;
  try {
    const r = await createGrievance(actor, parsed.data, today);
    if (!r.ok) return { errors: asFieldErrors(r.errors), message: notSaved, values: echo(fd, GRIEVANCE_FIELDS) };
    id = r.id;
  } catch (e) {
    if (e instanceof NotFoundError) return { errors: { agreementId: ["Choose an agreement of your local"] }, message: notSaved, values: echo(fd, GRIEVANCE_FIELDS) };
    return refused(e);
  }
  revalidatePath("/grievances");
  redirect(`/grievances/${id}?saved=filed`);
}

export async function recordEventAction(id: string, _prev: GrievanceFormState, fd: FormData): Promise<GrievanceFormState> {
  const actor = await requireUser();
  const notSaved = "The event was not recorded: check the highlighted fields.";
  const parsed = grievanceEventSchema.safeParse(read(fd, KEYED(EVENT_FIELDS)));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: notSaved, values: echo(fd, EVENT_FIELDS) };
  try {
    const r = await recordGrievanceEvent(actor, id, parsed.data, todayInBc());
    if (!r.ok) return { errors: asFieldErrors(r.errors), message: notSaved, values: echo(fd, EVENT_FIELDS) };
  } catch (e) {
    return refused(e);
  }
  revalidatePath(`/grievances/${id}`);
  revalidatePath("/grievances");
  return { saved: `Recorded. The deadlines were recomputed.` };
}
