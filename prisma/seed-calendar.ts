// Demo district closures, SD73 2024-25 (idempotent: a district that has any closure that year is left alone).
// Illustrative demo dates (not the district's published calendar); an administrator edits them at /admin/calendar.
import type { PrismaClient } from "../lib/generated/prisma/client";

const day = (iso: string) => new Date(iso + "T00:00:00Z");

const SD73_2024_25 = [
  { label: "Pro-D day", from: "2024-10-25", to: "2024-10-25" },
  { label: "Winter break", from: "2024-12-23", to: "2025-01-03" },
  { label: "Pro-D day", from: "2025-02-14", to: "2025-02-14" },
  { label: "Spring break", from: "2025-03-17", to: "2025-03-28" },
];

export async function seedCalendar(prisma: PrismaClient, organizationId: string) {
  if ((await prisma.calendarClosure.count({ where: { organizationId, schoolYear: "2024-25" } })) > 0) return;
  await prisma.calendarClosure.createMany({
    data: SD73_2024_25.map((c) => ({ organizationId, schoolYear: "2024-25", fromDate: day(c.from), toDate: day(c.to), label: c.label })),
  });
  console.log(`Seeded ${SD73_2024_25.length} SD73 closures for 2024-25.`);
}
