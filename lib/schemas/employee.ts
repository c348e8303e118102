import { z } from "zod";
import { isoDateSchema, safeString, safeName } from "./common";

export const EMPLOYEE_STATUSES = ["ACTIVE", "ON_LEAVE", "LAID_OFF", "TERMINATED"] as const;
export const SD73_TYPES = ["CONTINUING", "TEMPORARY", "TTOC"] as const;
export const SD71_TYPES = ["REGULAR", "PROBATIONARY", "TEMPORARY", "CONTINUING_TEMPORARY"] as const;
export const EMPLOYMENT_TYPES = ["CONTINUING", "TEMPORARY", "TTOC", "REGULAR", "PROBATIONARY", "CONTINUING_TEMPORARY"] as const;
export const TEACHER_CATEGORIES = ["4", "5", "5+", "6"] as const;

export const STATUS_LABELS: Record<(typeof EMPLOYEE_STATUSES)[number], string> = {
  ACTIVE: "Active", ON_LEAVE: "On leave", LAID_OFF: "Laid off", TERMINATED: "Terminated",
};
export const TYPE_LABELS: Record<(typeof EMPLOYMENT_TYPES)[number], string> = {
  CONTINUING: "Continuing", TEMPORARY: "Temporary", TTOC: "Teacher teaching on call",
  REGULAR: "Regular", PROBATIONARY: "Probationary", CONTINUING_TEMPORARY: "Continuing temporary",
};

const blankToUndefined = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : typeof v === "string" ? v.trim() : v);
const optionalText = (max: number) => z.preprocess(blankToUndefined, safeString().max(max).optional());
const optionalInt = (min: number, max: number, label: string) =>
  z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: `${label} must be a whole number` }).int(`${label} must be a whole number`).min(min, `${label} must be at least ${min}`).max(max, `${label} must be at most ${max}`).optional(),
  );
const isoDate = (label: string) =>
  isoDateSchema({ error: `${label} must be a date (YYYY-MM-DD)` });

/** Fields of an employee as entered in the form or a CSV row (strings in, typed values out). */
export const EmployeeFields = z.object({
  employeeNumber: safeString().trim().regex(/^[A-Za-z0-9-]{1,20}$/, "Employee number: 1–20 letters, digits or dashes"),
  firstName: safeName().trim().min(1, "Enter a first name").max(80),
  lastName: safeName().trim().min(1, "Enter a last name").max(80),
  email: z.preprocess(blankToUndefined, z.email("Enter a valid email address or leave it blank").optional()),
  status: z.enum(EMPLOYEE_STATUSES, { error: "Choose a status" }),
  employmentType: z.enum(EMPLOYMENT_TYPES, { error: "Choose an employment type" }),
  certificated: z.preprocess((v) => v === "on" || v === "true" || v === true || v === "yes", z.boolean()),
  teacherCategory: z.preprocess(blankToUndefined, z.enum(TEACHER_CATEGORIES, { error: "Category must be 4, 5, 5+ or 6" }).optional()),
  teacherStep: optionalInt(0, 10, "Step"),
  payGrade: z.preprocess(blankToUndefined, safeString().regex(/^(B(8|9|1[0-3])|[1-9]|1[0-3])$/, "Pay grade must be 1–13 or a trades code B8–B13").optional()),
  payStep: optionalInt(1, 3, "Pay step"),
  classification: optionalText(120),
  generalClassification: z.preprocess(blankToUndefined, z.enum(["a", "b", "c"], { error: "General classification must be a, b or c (27.03)" }).optional()),
  fte: z.preprocess(
    (v) => (blankToUndefined(v) ?? "1"),
    safeString().regex(/^(0(\.\d{1,3})?|1(\.0{1,3})?)$/, "FTE must be between 0 and 1 with at most three decimals"),
  ),
  qualifications: optionalText(500),
  hireDate: isoDate("Hire date"),
  applicationDate: z.preprocess(blankToUndefined, isoDate("Application date").optional()),
});

export type EmployeeFieldsInput = z.input<typeof EmployeeFields>;

/** The same fields checked against the employee's agreement: which types exist, and which placement is required. */
export function employeeSchemaFor(rulesId: string) {
  return EmployeeFields.superRefine((e, ctx) => {
    if (rulesId === "sd73-teachers") {
      if (!(SD73_TYPES as readonly string[]).includes(e.employmentType))
        ctx.addIssue({ code: "custom", path: ["employmentType"], message: "SD73 teachers are continuing, temporary or TTOC" });
      if (e.certificated && !e.teacherCategory)
        ctx.addIssue({ code: "custom", path: ["teacherCategory"], message: "A certificated teacher needs a salary category (Appendix A)" });
      if (e.certificated && e.teacherStep === undefined)
        ctx.addIssue({ code: "custom", path: ["teacherStep"], message: "A certificated teacher needs a salary step (Appendix A)" });
      if (!e.certificated && e.employmentType !== "TTOC")
        ctx.addIssue({ code: "custom", path: ["certificated"], message: "Only a TTOC may be non-certificated (B.2.8)" });
    } else if (rulesId === "sd71-cupe439") {
      if (!(SD71_TYPES as readonly string[]).includes(e.employmentType))
        ctx.addIssue({ code: "custom", path: ["employmentType"], message: "CUPE 439 employees are regular, probationary, temporary or continuing temporary" });
      if (!e.payGrade) ctx.addIssue({ code: "custom", path: ["payGrade"], message: "Enter the pay grade (Pay Grade Classification list)" });
      if (e.payStep === undefined) ctx.addIssue({ code: "custom", path: ["payStep"], message: "Enter the pay step" });
    }
  });
}

/** Converts validated fields to database columns. */
export function toEmployeeColumns(e: z.output<typeof EmployeeFields>, rulesId: string) {
  const teacher = rulesId === "sd73-teachers";
  return {
    employeeNumber: e.employeeNumber,
    firstName: e.firstName,
    lastName: e.lastName,
    email: e.email ?? null,
    status: e.status,
    employmentType: e.employmentType,
    certificated: teacher ? e.certificated : null,
    teacherCategory: teacher && e.certificated ? (e.teacherCategory ?? null) : null,
    teacherStep: teacher && e.certificated ? (e.teacherStep ?? null) : null,
    payGrade: teacher ? null : (e.payGrade ?? null),
    payStep: teacher ? null : (e.payStep ?? null),
    classification: e.classification ?? null,
    generalClassification: teacher ? null : (e.generalClassification ?? null),
    fteMilli: Math.round(Number(e.fte) * 1000),
    qualifications: (e.qualifications ?? "").split(/[;,]/).map((s) => s.trim()).filter(Boolean),
    hireDate: e.hireDate,
    applicationDate: e.applicationDate ?? null,
  };
}
export type EmployeeColumns = ReturnType<typeof toEmployeeColumns>;
