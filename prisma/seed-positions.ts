// Demo positions: every SD73 continuing teacher and SD71 regular or probationary employee not laid off, with an FTE, holds one
// position from their hire date. SD73 positions are at a school, spread over the demo schools; the North Thompson
// schools are marked outlying (C.12.1.b.i; MOA 10 ¶3(b): former SD 26 employees "Be considered employees of an
// outlying area under the layoff provisions"). The agreement names no outlying school, so this list is demo data a
// district sets. SD71 has no schools on file, so its positions have none. Idempotent: only employees without a position.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { SD73_OUTLYING_SCHOOLS } from "../lib/demo/reference";

export async function seedPositions(prisma: PrismaClient) {
  const [sd73, sd71] = await Promise.all(["SD73", "SD71"].map((code) => prisma.organization.findUniqueOrThrow({ where: { code } })));
  await prisma.school.updateMany({ where: { organizationId: sd73.id, name: { in: [...SD73_OUTLYING_SCHOOLS] }, outlying: false }, data: { outlying: true } });
  const schools = await prisma.school.findMany({ where: { organizationId: sd73.id }, orderBy: { name: "asc" } });
  let created = 0;
  for (const [org, types] of [[sd73, ["CONTINUING"]], [sd71, ["REGULAR", "PROBATIONARY"]]] as const) {
    const people = await prisma.employee.findMany({
      where: { organizationId: org.id, status: { not: "LAID_OFF" }, employmentType: { in: [...types] }, fteMilli: { gt: 0 }, positions: { none: {} } },
      orderBy: { employeeNumber: "asc" },
      select: { id: true, classification: true, fteMilli: true, hireDate: true, qualifications: true },
    });
    const data = people.map((e, i) => {
      const school = org.id === sd73.id && schools.length ? schools[i % schools.length] : null;
      const title = org.id === sd73.id ? `Teacher${e.qualifications[0] ? `, ${e.qualifications[0]}` : ""}` : (e.classification ?? "Support staff");
      return { organizationId: org.id, employeeId: e.id, title, schoolId: school?.id ?? null, site: school?.name ?? null, fteMilli: e.fteMilli, startDate: e.hireDate };
    });
    if (data.length) await prisma.position.createMany({ data });
    created += data.length;
  }
  if (created) console.log(`Seeded ${created} demo positions.`);
}
