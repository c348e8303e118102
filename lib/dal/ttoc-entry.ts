import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { RulesError, ttocCalloutFraction, ttocDailyPay } from "@/lib/rules";
import { TtocRowSchema } from "@/lib/schemas/ttoc";
import { placementArgs } from "@/lib/ttoc/placement";
import { requireRole, type Actor } from "./actor";
import { ttocOrganizationIds } from "./ttoc";
import { recordAudit } from "./audit";
import { NotFoundError } from "./errors";
import { toIso } from "./dates";
import { loadTimelines } from "./ttoc-timelines";

export type RowError = { row: number; field: string; message: string };
export type CalloutInput = Record<string, string | undefined>;
type Ready = { row: number; employeeId: string; date: string; schoolId: string; replacedTeacher: string | null; startTime: string | null; endTime: string | null; fractionMilli: number };
type Result = { ok: true; count: number } | { ok: false; message: string; errors: RowError[] };

/** The words people see for each column, in error messages. */
export const FIELD_LABELS: Record<string, string> = { employeeNumber: "TTOC number", date: "Date", school: "School", replacedTeacher: "Teacher replaced", start: "Start", end: "End", fraction: "Fraction" };
/** "is required" → "TTOC number is required"; a whole sentence ("give both …") is capitalized. */
const plain = (field: string, msg: string) => (/^(is|must) /.test(msg) ? `${FIELD_LABELS[field] ?? field} ${msg}` : msg.charAt(0).toUpperCase() + msg.slice(1));
const mins = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
const overlaps = (a: { startTime: string | null; endTime: string | null }, b: { startTime: string | null; endTime: string | null }) =>
  !!(a.startTime && a.endTime && b.startTime && b.endTime) && mins(a.startTime) < mins(b.endTime!) && mins(b.startTime) < mins(a.endTime!);

/**
 * Validates callouts (from the dispatch CSV or the entry grid) against the period, the roster, the schools' hours
 * (B.2.9.e) and the pay rules at each TTOC's placement that day; saves every row or none. `rowOf` numbers the rows
 * as the user sees them (CSV line, grid row).
 */
export async function saveCallouts(actor: Actor, periodId: string, records: CalloutInput[], rowOf: (i: number) => number, source: "import" | "entry"): Promise<Result> {
  const prisma = await db();
  const period = await prisma.payPeriod.findFirst({ where: { id: periodId, organizationId: { in: ttocOrganizationIds(actor) } } });
  if (!period) throw new NotFoundError("Pay period");
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: period.organizationId });
  if (period.status === "APPROVED") return { ok: false, message: "This period is approved and cannot change; enter the days in a later period as adjustments.", errors: [] };
  if (!records.length) return { ok: false, message: "There are no callouts to save.", errors: [] };
  const [ttocs, schools] = await Promise.all([
    prisma.employee.findMany({ where: { organizationId: period.organizationId, employmentType: "TTOC", employeeNumber: { in: records.map((r) => (r.employeeNumber ?? "").trim()) } } }),
    prisma.school.findMany({ where: { organizationId: period.organizationId } }),
  ]);
  const { placementFor } = await loadTimelines(prisma, period.organizationId, ttocs.map((t) => t.id), period.endDate);
  const start = toIso(period.startDate), end = toIso(period.endDate);
  const errors: RowError[] = [];
  const ready: Ready[] = [];
  records.forEach((rec, i) => {
    const row = rowOf(i);
    // Every problem of every row in one pass: the fields are checked independently, the pay only when all are valid.
    const before = errors.length;
    const add = (field: string, message: string) => void errors.push({ row, field, message });
    const r = TtocRowSchema.safeParse(rec);
    if (!r.success) for (const [field, msgs] of Object.entries(z.flattenError(r.error).fieldErrors as Record<string, string[]>)) add(field, plain(field, msgs[0]));
    const number = (rec.employeeNumber ?? "").trim(), schoolName = (rec.school ?? "").trim(), date = (rec.date ?? "").trim();
    const emp = number ? ttocs.find((e) => e.employeeNumber === number) : undefined;
    if (number && !emp) add("employeeNumber", `TTOC number ${number} is not on this district's TTOC roster`);
    const school = schoolName ? schools.find((s) => s.name.toLowerCase() === schoolName.toLowerCase()) : undefined;
    if (schoolName && !school) add("school", `School "${schoolName}" is not a school of this district: pick one from the list`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && (date < start || date > end)) add("date", `Date ${date} is outside this period (${start} to ${end})`);
    if (errors.length > before || !r.success || !emp || !school) return;
    const d = r.data;
    try {
      const fraction = d.start && d.end ? ttocCalloutFraction({ start: d.start, end: d.end, school: { dayStart: school.dayStart, dayEnd: school.dayEnd, lunchStart: school.lunchStart } }).fraction : Number(d.fraction);
      const placement = placementFor(emp.id, d.date);
      if (!placement) return void errors.push({ row, field: "date", message: `${d.employeeNumber} has no placement recorded on or before ${d.date} (B.2.6)` });
      ttocDailyPay({ date: d.date, ...placementArgs(placement), callouts: [fraction] });
      ready.push({ row, employeeId: emp.id, date: d.date, schoolId: school.id, replacedTeacher: d.replacedTeacher ?? null, startTime: d.start ?? null, endTime: d.end ?? null, fractionMilli: Math.round(fraction * 1000) });
    } catch (e) {
      if (!(e instanceof RulesError)) throw e;
      const field = e.article === "B.2.9.e" ? e.field : e.field === "step" || e.field === "category" ? "employeeNumber" : e.field ?? "row";
      errors.push({ row, field, message: `${e.message.replace(/ \[field: .*\]$/, "")}${field === "employeeNumber" ? ` (${d.employeeNumber}'s placement on ${d.date})` : ""} (${e.article})` });
    }
  });
  const stored = await prisma.ttocDay.findMany({ where: { organizationId: period.organizationId, employeeId: { in: ready.map((r) => r.employeeId) }, date: { gte: period.startDate, lte: period.endDate } } });
  const storedIso = stored.map((s) => ({ ...s, date: toIso(s.date) }));
  ready.forEach((a, i) => {
    const same = (b: { employeeId: string; date: string; startTime: string | null; endTime: string | null; schoolId: string }) =>
      b.employeeId === a.employeeId && b.date === a.date && b.startTime === a.startTime && b.endTime === a.endTime && b.schoolId === a.schoolId;
    const earlier = ready.slice(0, i).find((b) => same(b) || (b.employeeId === a.employeeId && b.date === a.date && overlaps(a, b)));
    const saved = storedIso.find((b) => same(b) || (b.employeeId === a.employeeId && b.date === a.date && overlaps(a, b)));
    if (earlier) errors.push({ row: a.row, field: "start", message: same(earlier) ? `repeats row ${earlier.row}` : `overlaps the callout in row ${earlier.row}` });
    else if (saved) errors.push({ row: a.row, field: "start", message: same(saved) ? "this callout is already recorded" : "overlaps a callout already recorded for this TTOC on this date" });
  });
  if (errors.length) return { ok: false, message: `Nothing was saved: ${new Set(errors.map((e) => e.row)).size} row(s) have errors.`, errors: errors.sort((a, b) => a.row - b.row) };
  await prisma.$transaction(async (tx) => {
    const created = await tx.ttocDay.createManyAndReturn({ data: ready.map(({ row: _row, date, ...r }) => ({ ...r, organizationId: period.organizationId, date: new Date(date + "T00:00:00Z") })), select: { id: true, employeeId: true, date: true, employee: { select: { employeeNumber: true } } } });
    const rows = created.map((d) => [d.id, d.employee.employeeNumber, d.date.toISOString().slice(0, 10)]);
    await recordAudit(tx, actor, { action: source === "import" ? "import" : "create", entity: "TtocDay", entityId: periodId, organizationId: period.organizationId, after: { count: ready.length, source, createdColumns: ["id", "employeeNumber", "date"], created: rows } });
  });
  return { ok: true, count: ready.length };
}
