import "server-only";
import { db } from "@/lib/db";
import type { LayoffAgreement, LayoffStanding } from "@/lib/layoffs/types";
import type { Actor } from "./actor";
import { getSeniorityStandings } from "./seniority-standings";

/**
 * The one place the layoff what-if reads seniority from: the maintained standings (getSeniorityStandings), joined with
 * the pay placement that severance needs (SD73 category and step, C.12.4.b; SD71 pay grade and step, 17.08) and the
 * current position's title and school, with whether the school is outlying (C.12.1.b.i bypasses those positions).
 */
export async function loadLayoffStandings(actor: Actor, agreement: LayoffAgreement, asOf: string): Promise<LayoffStanding[]> {
  const standings = await getSeniorityStandings(actor, agreement, asOf);
  const prisma = await db();
  const placement = await prisma.employee.findMany({
    where: { id: { in: standings.map((s) => s.employeeId) } },
    select: { id: true, teacherCategory: true, teacherStep: true, payGrade: true, payStep: true },
  });
  const byId = new Map(placement.map((p) => [p.id, p]));
  const held = await prisma.position.findMany({
    where: { id: { in: standings.flatMap((s) => (s.positionId ? [s.positionId] : [])) } },
    select: { id: true, title: true, school: { select: { name: true, outlying: true } } },
  });
  const posById = new Map(held.map((p) => [p.id, p]));
  return standings.map((s) => {
    const p = byId.get(s.employeeId);
    const pos = s.positionId ? posById.get(s.positionId) : undefined;
    return {
      ...s, teacherCategory: p?.teacherCategory ?? null, teacherStep: p?.teacherStep ?? null, payGrade: p?.payGrade ?? null, payStep: p?.payStep ?? null,
      positionTitle: pos?.title ?? null, school: pos?.school?.name ?? null, outlying: pos?.school?.outlying ?? false,
    };
  });
}
