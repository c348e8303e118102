/**
 * C.2.7.c.i (cited internally as C.2.8.c.i): the first tie-breaker, "the greatest aggregate
 * employment including all teacher teaching on call assignments: 1. paid on scale with the
 * Board after June 30th, 1987; 2. all assignments with the Board after June 30th, 1992."
 * C.2.7.b with C.2.5: seniority by origin (SD73 service, TTOC seniority, ported seniority),
 * never more than one year (189 days, C.2.3.b.iii) for any school year.
 */
import { z } from "zod";
import { Q, type Explanation, type Rational, InputError, Trace, formatIsoDate, isoDay, parseInput, parseSchoolYear } from "@/lib/rules/core";
import { nonNegative } from "./schemas";

const ON_SCALE_FROM = parseInput(isoDay, "1987-07-01", "C.2.7.c.i");
const ALL_FROM = parseInput(isoDay, "1992-07-01", "C.2.7.c.i");

export interface Sd73AggregateEmploymentResult extends Explanation { aggregateDays: number; countedEntries: number[]; excludedEntries: number[] }

/** C.2.7.c.i: Board employment days that count for the first tie-breaker. */
export function sd73AggregateEmployment(input: { assignments: { from: string; to: string; days: number; onScale: boolean }[] }): Sd73AggregateEmploymentResult {
  const p = parseInput(
    z.strictObject({ assignments: z.array(z.strictObject({ from: isoDay, to: isoDay, days: nonNegative, onScale: z.boolean() }).refine((a) => a.to >= a.from, { message: "to must not be before from", path: ["to"] })) }),
    input,
    "C.2.7.c.i",
  );
  const t = new Trace().cite("C.2.7.c.i");
  let total: Rational = Q.ZERO;
  const counted: number[] = [], excluded: number[] = [];
  p.assignments.forEach((a, k) => {
    for (const edge of [ON_SCALE_FROM, ALL_FROM])
      if (a.from < edge && a.to >= edge) throw new InputError(`an assignment may not straddle ${formatIsoDate(edge - 1)}: split it there`, `assignments.${k}.to`, "C.2.7.c.i");
    const span = `${formatIsoDate(a.from)} to ${formatIsoDate(a.to)}`;
    const ok = a.from >= ALL_FROM || (a.onScale && a.from >= ON_SCALE_FROM);
    if (ok) {
      counted.push(k);
      total = Q.add(total, Q.fromDecimal(a.days) as Rational);
      t.step(`${span}: ${a.days} day(s) ${a.from >= ALL_FROM ? "(any assignment after June 30, 1992)" : "(paid on scale after June 30, 1987)"} counted.`);
    } else {
      excluded.push(k);
      t.step(`${span}: ${a.days} day(s) not counted (${a.from < ON_SCALE_FROM ? "before July 1, 1987" : "not paid on scale, before July 1, 1992"}).`);
    }
  });
  const aggregateDays = Q.toNumber(total);
  t.step(`Aggregate employment for C.2.7.c.i: ${aggregateDays} day(s).`);
  return t.done({ aggregateDays, countedEntries: counted, excludedEntries: excluded });
}

const ORIGINS = ["sd73", "sd73-ttoc", "ported"] as const;
export interface Sd73SeniorityByOriginYear { schoolYear: string; creditedDays: number; trimmedDays: number; byOrigin: Record<(typeof ORIGINS)[number], number> }
export interface Sd73SeniorityByOriginResult extends Explanation { years: Sd73SeniorityByOriginYear[]; totalDays: number; portedDays: number }

/**
 * C.2.7.b: each school year's credited seniority by origin, capped at one year (189 days) per
 * school year (C.2.5, C.2.7.b.ii). Board service (contract, then TTOC) is credited first; ported
 * seniority fills the year up to the cap (the proviso is attached to ported seniority). Ported
 * seniority in all is at most 20 years (C.2.2.a).
 */
export function sd73SeniorityByOrigin(input: { years: { schoolYear: string; credits: { origin: (typeof ORIGINS)[number]; days: number }[] }[] }): Sd73SeniorityByOriginResult {
  const p = parseInput(
    z.strictObject({
      years: z.array(z.strictObject({
        schoolYear: z.string().refine((s) => parseSchoolYear(s) !== null, { message: 'not a school year like "2024-25"' }),
        credits: z.array(z.strictObject({ origin: z.enum(ORIGINS), days: nonNegative })),
      })),
    }),
    input,
    "C.2.7.b",
  );
  const t = new Trace().cite("C.2.7.b", "C.2.5", "C.2.3.b.iii");
  const seen = new Set<string>();
  const cap = Q.rat(189);
  let total: Rational = Q.ZERO, ported: Rational = Q.ZERO;
  const portedCap = Q.rat(20 * 189);
  const years = [...p.years].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear)).map((y) => {
    if (seen.has(y.schoolYear)) throw new InputError(`school year ${y.schoolYear} appears twice`, "years", "C.2.5");
    seen.add(y.schoolYear);
    const sum = (o: string) => y.credits.filter((c) => c.origin === o).reduce((a, c) => Q.add(a, Q.fromDecimal(c.days) as Rational), Q.ZERO);
    const sd73 = Q.min(sum("sd73"), cap);
    const ttoc = Q.min(sum("sd73-ttoc"), Q.sub(cap, sd73));
    const room = Q.sub(cap, Q.add(sd73, ttoc));
    const portedRoom = Q.max(Q.ZERO, Q.sub(portedCap, ported));
    const port = Q.min(Q.min(sum("ported"), room), portedRoom);
    ported = Q.add(ported, port);
    const given = Q.add(Q.add(sum("sd73"), sum("sd73-ttoc")), sum("ported"));
    const credited = Q.add(Q.add(sd73, ttoc), port);
    const trimmed = Q.sub(given, credited);
    total = Q.add(total, credited);
    if (Q.cmp(sum("ported"), Q.ZERO) > 0) t.cite("C.2.7.b.ii");
    if (Q.cmp(sum("sd73-ttoc"), Q.ZERO) > 0) t.cite("C.2.7.b.i");
    t.step(`${y.schoolYear}: Board service ${Q.toNumber(sd73)} + TTOC ${Q.toNumber(ttoc)} + ported ${Q.toNumber(port)} = ${Q.toNumber(credited)} day(s)${Q.cmp(trimmed, Q.ZERO) > 0 ? ` (${Q.toNumber(trimmed)} of ${Q.toNumber(given)} given not credited: at most one year, 189 days, per school year${Q.cmp(port, sum("ported")) < 0 && Q.cmp(portedRoom, room) < 0 ? ", and at most 20 ported years" : ""})` : ""}.`);
    return { schoolYear: y.schoolYear, creditedDays: Q.toNumber(credited), trimmedDays: Q.toNumber(trimmed), byOrigin: { sd73: Q.toNumber(sd73), "sd73-ttoc": Q.toNumber(ttoc), ported: Q.toNumber(port) } };
  });
  if (Q.cmp(ported, Q.ZERO) > 0) t.cite("C.2.2.a");
  const totalDays = Q.toNumber(total);
  t.step(`Total ${totalDays} day(s) = ${Q.toFixed(Q.div(total, cap), 4)} years, of which ${Q.toNumber(ported)} day(s) ported.`);
  return t.done({ years, totalDays, portedDays: Q.toNumber(ported) });
}
