import { z } from "zod";
import { isoDateSchema, safeString, safeText } from "./common";

export const AGREEMENT_IDS = ["sd73-teachers", "sd71-cupe439"] as const;
export const LIST_KINDS = ["REGULAR", "CONTINUING_TEMPORARY"] as const;
export const LIST_LABELS = { REGULAR: "Regular seniority list", CONTINUING_TEMPORARY: "Continuing temporary seniority list" } as const;

const date = (label: string) => isoDateSchema({ error: `${label} must be a date (YYYY-MM-DD)` });

/** The list page's query: ?asOf=YYYY-MM-DD&list=REGULAR|CONTINUING_TEMPORARY */
export const ListQuery = z.object({
  asOf: z.preprocess((v) => (v === "" ? undefined : v), date("List date").optional()),
  list: z.preprocess((v) => (v === "" ? undefined : v), z.enum(LIST_KINDS).optional()),
});

export const PublishFields = z.object({ asOf: date("List date"), list: z.enum(LIST_KINDS, { error: "Choose a list" }) });

export const AppealFields = z.object({
  employeeNumber: safeString().trim().min(1, "Enter the employee number of the appellant"),
  receivedOn: date("Date received"),
  grounds: safeText().trim().min(3, "Say what is appealed").max(2000),
});
