// Demo TTOC pay: SD73 schools with their lunch breaks, and the period October 1–15, 2024 with callouts for
// 25 TTOCs, computed through the rules so the module shows real figures on first start. Idempotent.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { SD73_SCHOOLS } from "../lib/demo/reference";
import { rng } from "../lib/demo/random";
import { computePayLines } from "../lib/ttoc/compute-lines";

const day = (iso: string) => new Date(iso + "T00:00:00Z");
// School days of the period (2024-10-14 is Thanksgiving).
const DATES = ["2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-07", "2024-10-08", "2024-10-09", "2024-10-10", "2024-10-11", "2024-10-15"];

export async function seedTtoc(prisma: PrismaClient) {
  const org = await prisma.organization.findUniqueOrThrow({ where: { code: "SD73" } });
  for (const [i, name] of SD73_SCHOOLS.entries()) {
    const secondary = /Secondary/.test(name);
    await prisma.school.upsert({
      where: { organizationId_name: { organizationId: org.id, name } },
      update: {},
      create: { organizationId: org.id, name, dayStart: secondary ? "08:15" : "08:30", dayEnd: secondary ? "15:15" : "15:00", lunchStart: secondary ? (i % 2 ? "11:50" : "12:05") : "11:45" },
    });
  }
  if (await prisma.payPeriod.findFirst({ where: { organizationId: org.id, startDate: day("2024-10-01") } })) return;
  const schools = await prisma.school.findMany({ where: { organizationId: org.id } });
  const ttocs = await prisma.employee.findMany({ where: { organizationId: org.id, employmentType: "TTOC", status: "ACTIVE" }, orderBy: { employeeNumber: "asc" }, take: 25 });
  const r = rng(1015);
  const days = ttocs.flatMap((e) =>
    DATES.filter(() => r.chance(0.6)).map((date) => {
      const kind = r.int(0, 3); // mostly full days, some morning or afternoon halves
      const s = r.pick(schools);
      const [start, end] = kind === 0 ? [s.dayStart, s.lunchStart] : kind === 1 ? [s.lunchStart, s.dayEnd] : [s.dayStart, s.dayEnd];
      return { organizationId: org.id, employeeId: e.id, date, schoolId: s.id, startTime: start, endTime: end, fractionMilli: kind <= 1 ? 500 : 1000, replacedTeacher: null, employee: e };
    }),
  );
  const { lines, errors } = computePayLines(days);
  if (errors.length) throw new Error(`Demo TTOC pay did not compute: ${errors.join("; ")}`);
  await prisma.$transaction(async (tx) => {
    const period = await tx.payPeriod.create({ data: { organizationId: org.id, startDate: day("2024-10-01"), endDate: day("2024-10-15"), computedAt: new Date() } });
    await tx.ttocDay.createMany({ data: days.map(({ employee: _e, date, ...d }) => ({ ...d, date: day(date) })) });
    await tx.payLine.createMany({ data: lines.map((l) => ({ ...l, periodId: period.id, date: day(l.date) })) });
  });
  console.log(`Seeded the SD73 TTOC pay period 2024-10-01 to 2024-10-15: ${days.length} callouts, ${lines.length} lines.`);
}
