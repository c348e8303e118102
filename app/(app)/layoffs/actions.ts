"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { confirmScenario, createScenario } from "@/lib/dal/layoffs";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { ScenarioFormSchema, scenarioFormData, scenarioInput } from "@/lib/schemas/layoff";

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
