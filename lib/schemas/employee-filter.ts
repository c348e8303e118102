import { z } from "zod";
import { safeString } from "./common";
import { EMPLOYEE_STATUSES, EMPLOYMENT_TYPES } from "./employee";

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blank = (v: unknown) => (one(v) === "" ? undefined : one(v));

/** Query-string filters of the employee list; anything unrecognised is dropped rather than failing the page. */
export const EmployeeFilterSchema = z.object({
  q: z.preprocess(blank, safeString().max(100).optional()).catch(undefined),
  status: z.preprocess(blank, z.enum(EMPLOYEE_STATUSES).optional()).catch(undefined),
  type: z.preprocess(blank, z.enum(EMPLOYMENT_TYPES).optional()).catch(undefined),
  organizationId: z.preprocess(blank, safeString().max(40).optional()).catch(undefined),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(100000).optional()).catch(undefined),
});
