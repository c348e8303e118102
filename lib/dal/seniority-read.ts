import "server-only";
import { db } from "@/lib/db";

/** One summary with its employee's columns, dates as ISO text. */
export interface SummaryRead {
  employeeId: string; list: string | null; years: string | null; otherAuthorityYears: number;
  seniorityDate: string | null; ctStatusDate: string | null; probationEnds: string | null;
  stableFrom: string; computedThrough: string; layoffs: string;
  employeeNumber: string; firstName: string; lastName: string; status: string; employmentType: string; fteMilli: number;
  qualifications: string[]; classification: string | null; generalClassification: string | null; hireDate: string; applicationDate: string | null;
}

/**
 * The summaries of an agreement's employees who started by `asOf`, in one SQL query with dates as
 * text: on a 6,000-employee district this is several times cheaper than the model API's nested
 * select, which builds Date objects and joins in JSON (scripts/bench/seniority.ts).
 */
export async function readSummaries(agreementId: string, asOf: string, onlyList: string | null): Promise<SummaryRead[]> {
  const prisma = await db();
  return prisma.$queryRaw<SummaryRead[]>`
    SELECT s."employeeId", s.list, s.years, s."otherAuthorityYears",
           to_char(s."seniorityDate", 'YYYY-MM-DD') AS "seniorityDate", to_char(s."ctStatusDate", 'YYYY-MM-DD') AS "ctStatusDate",
           to_char(s."probationEnds", 'YYYY-MM-DD') AS "probationEnds", to_char(s."stableFrom", 'YYYY-MM-DD') AS "stableFrom",
           to_char(s."computedThrough", 'YYYY-MM-DD') AS "computedThrough", s.layoffs,
           e."employeeNumber", e."firstName", e."lastName", e.status::text AS status, e."employmentType"::text AS "employmentType", e."fteMilli",
           e.qualifications, e.classification, e."generalClassification", to_char(e."hireDate", 'YYYY-MM-DD') AS "hireDate",
           to_char(e."applicationDate", 'YYYY-MM-DD') AS "applicationDate"
    FROM seniority_summary s JOIN employee e ON e.id = s."employeeId"
    WHERE s."agreementId" = ${agreementId} AND s."startDate" <= ${asOf}::date AND e.status <> 'TERMINATED'
      AND (${onlyList}::text IS NULL OR s.list = ${onlyList}::text)`;
}
