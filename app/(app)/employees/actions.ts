"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { agreementOf, createEmployee, getEmployee, importEmployees, updateEmployee } from "@/lib/dal/employees";
import { ForbiddenError, NotFoundError } from "@/lib/dal/errors";
import { employeeSchemaFor, toEmployeeColumns } from "@/lib/schemas/employee";
import { validateEmployeeCsvChunked } from "@/lib/schemas/employee-csv";

export type FormState = { message?: string; values?: Record<string, string>; errors?: Record<string, string[] | undefined>; rowErrors?: Array<{ row: number; message: string }>; imported?: number };

const FIELDS = ["employeeNumber", "firstName", "lastName", "email", "status", "employmentType", "certificated", "teacherCategory", "teacherStep", "payGrade", "payStep", "classification", "generalClassification", "fte", "qualifications", "hireDate", "applicationDate"] as const;
const read = (fd: FormData) => Object.fromEntries(FIELDS.map((k) => [k, fd.get(k) ?? undefined]));
/** What was typed, returned with errors so the form shows it again instead of clearing it. */
const echo = (fd: FormData) => Object.fromEntries(FIELDS.map((k) => [k, String(fd.get(k) ?? "")]));

function refused(e: unknown): FormState {
  if (e instanceof ForbiddenError || e instanceof NotFoundError) return { message: e.message };
  throw e;
}

export async function createEmployeeAction(organizationId: string, _prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireUser();
  let id: string;
  try {
    const { rulesId } = await agreementOf(organizationId);
    const parsed = employeeSchemaFor(rulesId).safeParse(read(fd));
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "The employee was not saved: check the highlighted fields.", values: echo(fd) };
    const r = await createEmployee(actor, organizationId, toEmployeeColumns(parsed.data, rulesId));
    if (!r.ok) return { errors: { [r.field]: [r.message] }, message: "The employee was not saved: check the highlighted fields.", values: echo(fd) };
    id = r.id;
  } catch (e) {
    return refused(e);
  }
  revalidatePath("/employees");
  redirect(`/employees/${id}?saved=created`);
}

export async function updateEmployeeAction(id: string, _prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireUser();
  try {
    const existing = await getEmployee(actor, id);
    const rulesId = existing.agreement.rulesId;
    const parsed = employeeSchemaFor(rulesId).safeParse(read(fd));
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "The changes were not saved: check the highlighted fields.", values: echo(fd) };
    const opened = Number(fd.get("version"));
    const r = await updateEmployee(actor, id, toEmployeeColumns(parsed.data, rulesId), Number.isInteger(opened) && opened > 0 ? opened : undefined);
    if (!r.ok && r.field === "version") return { message: r.message, values: echo(fd) };
    if (!r.ok) return { errors: { [r.field]: [r.message] }, message: "The changes were not saved: check the highlighted fields.", values: echo(fd) };
  } catch (e) {
    return refused(e);
  }
  revalidatePath("/employees");
  revalidatePath(`/employees/${id}`);
  redirect(`/employees/${id}?saved=updated`);
}

const MAX_IMPORT_BYTES = 2_000_000;

export async function importEmployeesAction(organizationId: string, _prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireUser();
  const file = fd.get("file");
  if (!(file instanceof File) || file.size === 0) return { errors: { file: ["Choose a CSV file to import"] } };
  if (file.size > MAX_IMPORT_BYTES) return { errors: { file: ["The file is larger than 2 MB: split it into smaller files"] } };
  try {
    const { rulesId } = await agreementOf(organizationId);
    const checked = await validateEmployeeCsvChunked(await file.text(), rulesId);
    if (!checked.ok) return { message: checked.message, rowErrors: checked.rowErrors };
    const r = await importEmployees(actor, organizationId, checked.rows);
    if (!r.ok) return { message: "Nothing was imported: fix these rows and import the file again.", rowErrors: r.errors };
    revalidatePath("/employees");
    return { imported: r.count, message: `Imported ${r.count} employee${r.count === 1 ? "" : "s"}.` };
  } catch (e) {
    return refused(e);
  }
}
