// Demo LIF consultation: SD71 and CUPE Local 439 for 2024-25, held, signed by both parties and submitted
// before the June 7, 2024 deadline of the LIF notice. Idempotent (skipped when it exists).
import type { PrismaClient } from "../lib/generated/prisma/client";
import { LIF_CONFIRMATION_KEYS, LIF_CRITERION_KEYS, lifYearParams } from "../lib/rules/lif";

const day = (iso: string) => new Date(iso + "T00:00:00Z");

export async function seedLif(prisma: PrismaClient) {
  const org = await prisma.organization.findUniqueOrThrow({ where: { code: "SD71" } });
  const local = await prisma.unionLocal.findUniqueOrThrow({ where: { code: "CUPE439" } });
  const hr = await prisma.user.findUniqueOrThrow({ where: { email: "hr.sd71@accord.test" } });
  const officer = await prisma.user.findUniqueOrThrow({ where: { email: "officer.cupe439@accord.test" } });
  const year = "2024-25";
  const p = lifYearParams(year)!;
  await prisma.lifAllocation.upsert({
    where: { organizationId_schoolYear: { organizationId: org.id, schoolYear: year } },
    update: {},
    create: { organizationId: org.id, schoolYear: year, amountCents: 184_250_000, source: "Demo figure (not the published allocation)" },
  });
  const exists = await prisma.lifConsultation.findUnique({ where: { organizationId_localId_schoolYear: { organizationId: org.id, localId: local.id, schoolYear: year } } });
  if (exists) return;
  await prisma.lifConsultation.create({
    data: {
      organizationId: org.id, localId: local.id, schoolYear: year, deadline: day(p.deadline), recipient: p.recipient, submittedOn: day("2024-06-04"),
      meetings: {
        create: [
          { date: day("2024-04-17"), districtAttendees: "Secretary-Treasurer; Director of Human Resources", localAttendees: "President; Vice-President", agenda: "2024-25 allocation; current EA staffing", suggestions: "Restore EA hours at two elementary schools", concerns: "Hours lost to vacancies in 2023-24", responses: "District to report vacancy data at the next meeting", createdById: hr.id },
          { date: day("2024-05-15"), districtAttendees: "Secretary-Treasurer; Director of Human Resources", localAttendees: "President; Chief Steward", agenda: "Draft allocation plan", minutes: "Plan revised to add 3.0 FTE EA time", createdById: hr.id },
        ],
      },
      marks: {
        create: [
          ...LIF_CRITERION_KEYS.flatMap((key) => [
            { party: "DISTRICT" as const, key, met: true, userId: hr.id },
            { party: "LOCAL" as const, key, met: true, userId: officer.id },
          ]),
          ...LIF_CONFIRMATION_KEYS.map((key) => ({ party: "DISTRICT" as const, key, met: true, userId: hr.id })),
        ],
      },
      signatures: {
        create: [
          { party: "DISTRICT", name: "Hugo Comox", title: "Director of Human Resources", signedOn: day("2024-05-29"), userId: hr.id },
          { party: "LOCAL", name: "Omar Officer", title: "President, CUPE Local 439", signedOn: day("2024-06-03"), userId: officer.id },
        ],
      },
    },
  });
  console.log("Seeded the 2024-25 LIF consultation for SD71 and CUPE Local 439.");
}
