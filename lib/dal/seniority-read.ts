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
 * The summaries of an agreement's employees who started by `asOf`, in one query with dates cast
 * to ISO text by PostgreSQL (no Date objects to build and format again here). Plain rows cost
 * less than one aggregated text value split here (scripts/bench/seniority.ts on an idle machine).
 */
export async function readSummaries(agreementId: string, asOf: string, onlyList: string | null): Promise<SummaryRead[]> {
  const prisma = await db();
  const rows = await prisma.$queryRaw<SummaryRead[]>`
    SELECT s."employeeId", s.list, s.years, s."otherAuthorityYears",
      s."seniorityDate"::text AS "seniorityDate", s."ctStatusDate"::text AS "ctStatusDate", s."probationEnds"::text AS "probationEnds",
      s."stableFrom"::text AS "stableFrom", s."computedThrough"::text AS "computedThrough", s.layoffs,
      e."employeeNumber", e."firstName", e."lastName", e.status::text AS status, e."employmentType"::text AS "employmentType", e."fteMilli",
      e.qualifications, e.classification, e."generalClassification", e."hireDate"::text AS "hireDate", e."applicationDate"::text AS "applicationDate"
    FROM seniority_summary s JOIN employee e ON e.id = s."employeeId"
    WHERE s."agreementId" = ${agreementId} AND s."startDate" <= ${asOf}::date AND e.status <> 'TERMINATED'
      AND (${onlyList}::text IS NULL OR s.list = ${onlyList}::text)`;
  for (const r of rows) {
    r.otherAuthorityYears = Number(r.otherAuthorityYears);
    r.fteMilli = Number(r.fteMilli);
    r.layoffs ||= "[]";
    r.qualifications ??= [];
  }
  return rows;
}
