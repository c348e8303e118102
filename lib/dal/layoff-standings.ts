import "server-only";
import { db } from "@/lib/db";
import type { LayoffAgreement, LayoffStanding } from "@/lib/layoffs/types";
import type { Actor } from "./actor";
import { toIso } from "./dates";

/**
 * The one place the layoff what-if reads seniority from: the standings of lib/dal/seniority-standings.ts
 * (getSeniorityStandings), joined with the pay placement severance needs. Until the maintained standings exist this
 * ranks by hire date (the SD71 seniority date stands in as the hire date; SD73 days are days since hire).
 */
export async function loadLayoffStandings(actor: Actor, agreement: LayoffAgreement, asOf: string): Promise<LayoffStanding[]> {
  const prisma = await db();
  const rows = await prisma.employee.findMany({
    where: { agreementId: { in: actor.agreementIds }, agreement: { rulesId: agreement }, status: { not: "TERMINATED" } },
    orderBy: [{ hireDate: "asc" }, { employeeNumber: "asc" }],
  });
  const asOfMs = Date.parse(asOf + "T00:00:00Z");
  return rows.map((e, k) => {
    const hireDate = toIso(e.hireDate);
    const regular = e.employmentType === "CONTINUING" || e.employmentType === "REGULAR" || e.employmentType === "PROBATIONARY";
    return {
      employeeId: e.id, employeeNumber: e.employeeNumber, name: `${e.lastName}, ${e.firstName}`, rank: k + 1,
      list: regular || e.employmentType !== "CONTINUING_TEMPORARY" ? "REGULAR" : "CONTINUING_TEMPORARY",
      status: e.status, employmentType: e.employmentType, fteMilli: e.fteMilli, qualifications: e.qualifications,
      classification: e.classification, generalClassification: e.generalClassification, positionId: null,
      seniorityDays: agreement === "sd73-teachers" ? Math.max(0, Math.round((asOfMs - e.hireDate.getTime()) / 86_400_000)) : null,
      seniorityDate: agreement === "sd71-cupe439" && regular ? hireDate : null,
      hireDate, laidOff: e.status === "LAID_OFF",
      teacherCategory: e.teacherCategory, teacherStep: e.teacherStep, payGrade: e.payGrade, payStep: e.payStep,
    };
  });
}
