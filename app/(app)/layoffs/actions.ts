"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { confirmScenario, createScenario } from "@/lib/dal/layoffs";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { ScenarioFormSchema, scenarioFormData, scenarioInput } from "@/lib/schemas/layoff";
import { deleteScenario, renameScenario, shareScenario } from "@/lib/dal/layoff-drafts";

export type LayoffFormState = { ok?: boolean; message?: string; errors?: Record<string, string[] | undefined>; values?: Record<string, string | string[]> };

function refused(e: unknown): LayoffFormState {
  if (e instanceof ForbiddenError || e instanceof NotFoundError) return { message: e.message };
  throw e;
}

const echo = (raw: ReturnType<typeof scenarioFormData>) => Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v : String(v ?? "")]));

/** Runs the what-if and saves it as a draft; nothing about any employee changes. */
export async function createScenarioAction(_p: LayoffFormState, fd: FormData): Promise<LayoffFormState> {
  const actor = await requireUser();
  const raw = scenarioFormData(fd);
  const parsed = ScenarioFormSchema.safeParse(raw);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "The scenario was not saved: check the highlighted fields.", values: echo(raw) };
  let id: string;
  try {
    const r = await createScenario(actor, parsed.data.agreement, parsed.data.name, scenarioInput(parsed.data));
    if (!r.ok) return { errors: r.errors, message: "The scenario was not saved: check the highlighted fields.", values: echo(raw) };
    id = r.id;
  } catch (e) { return refused(e); }
  revalidatePath("/layoffs");
  redirect(`/layoffs/${id}`);
}

/** The explicit confirm step: records the layoffs in the ledger and puts the employees on the recall list. */
export async function confirmScenarioAction(id: string, _p: LayoffFormState, fd: FormData): Promise<LayoffFormState> {
  const actor = await requireUser();
  if (fd.get("understood") !== "on") return { errors: { understood: ["Tick the box to confirm you have checked the list and the notice dates."] }, message: "Nothing was recorded." };
  try {
    const r = await confirmScenario(actor, id);
    if (!r.ok) return { message: r.message };
  } catch (e) { return refused(e); }
  revalidatePath("/layoffs");
  revalidatePath("/recall");
  redirect(`/layoffs/${id}?confirmed=1`);
}

const RenameSchema = z.object({ name: z.string().trim().min(1, "Name the scenario").max(100, "At most 100 characters") });

/** Shares an HR draft with the union's stewards and local officers. */
export async function shareScenarioAction(id: string, _p: LayoffFormState, _fd: FormData): Promise<LayoffFormState> {
  const actor = await requireUser();
  try {
    const r = await shareScenario(actor, id);
    if (!r.ok) return { message: r.message };
  } catch (e) { return refused(e); }
  revalidatePath(`/layoffs/${id}`);
  revalidatePath("/layoffs");
  return { ok: true, message: "Shared with the union: its stewards and local officers can now read this scenario." };
}

export async function renameScenarioAction(id: string, _p: LayoffFormState, fd: FormData): Promise<LayoffFormState> {
  const actor = await requireUser();
  const values = { name: String(fd.get("name") ?? "") };
  const parsed = RenameSchema.safeParse(values);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "Not renamed.", values };
  try {
    const r = await renameScenario(actor, id, parsed.data.name);
    if (!r.ok) return { message: r.message, errors: r.errors, values };
  } catch (e) { return refused(e); }
  revalidatePath(`/layoffs/${id}`);
  revalidatePath("/layoffs");
  return { ok: true, message: `Renamed “${parsed.data.name}”.`, values: parsed.data };
}

/** Deletes a draft after the confirm step (/layoffs/[id]/delete); a confirmed scenario is refused. */
export async function deleteScenarioAction(id: string, _p: LayoffFormState, _fd: FormData): Promise<LayoffFormState> {
  const actor = await requireUser();
  try {
    const r = await deleteScenario(actor, id);
    if (!r.ok) return { message: r.message };
  } catch (e) { return refused(e); }
  revalidatePath("/layoffs");
  redirect("/layoffs?deleted=1");
}
