import { FIRST_NAMES, LAST_NAMES } from "./names";
import { rng, isoAddDays, type Rng } from "./random";
import { SD71_CLASSIFICATIONS, SD73_QUALIFICATIONS, SD71_QUALIFICATIONS, SD73_SCHOOLS } from "./reference";

/** A demo employee with its service history, in plain data (ISO dates) ready to insert. */
export interface DemoEmployee {
  employeeNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  status: "ACTIVE" | "ON_LEAVE" | "LAID_OFF";
  employmentType: "CONTINUING" | "TEMPORARY" | "TTOC" | "REGULAR" | "PROBATIONARY" | "CONTINUING_TEMPORARY";
  teacherCategory: string | null;
  teacherStep: number | null;
  certificated: boolean | null;
  payGrade: string | null;
  payStep: number | null;
  classification: string | null;
  generalClassification: string | null;
  fteMilli: number;
  qualifications: string[];
  hireDate: string;
  applicationDate: string | null;
  serviceRecords: DemoServiceRecord[];
}

export interface DemoServiceRecord {
  kind: "APPOINTMENT" | "TEMPORARY_CONTRACT" | "TTOC_DAYS" | "LEAVE" | "LAYOFF" | "RECALL" | "PORTED_SENIORITY" | "UNPAID_BREAK" | "HOURS_WORKED";
  startDate: string;
  endDate: string | null;
  fteMilli: number | null;
  quantity: number | null;
  /** LEAVE kind (SD73 C.2.7), UNPAID_BREAK reason (SD71 15.01(b)), contract type */
  reason?: string | null;
  note: string | null;
}

function person(r: Rng, prefix: string, n: number, domain: string) {
  const firstName = r.pick(FIRST_NAMES);
  const lastName = r.pick(LAST_NAMES);
  const employeeNumber = `${prefix}${String(n).padStart(4, "0")}`;
  const slug = `${firstName}.${lastName}`.toLowerCase().normalize("NFD").replace(/[^a-z.]/g, "");
  return { firstName, lastName, employeeNumber, email: `${slug}.${employeeNumber}@${domain}` };
}

/** A school year's start, e.g. 2016 → "2016-09-01" (school starts after Labour Day; Sept 1 keeps it simple). */
const septFirst = (year: number) => `${year}-09-01`;

function sd73Teacher(r: Rng, n: number): DemoEmployee {
  const p = person(r, "73", n, "sd73.example");
  const roll = r.next();
  const type: DemoEmployee["employmentType"] = roll < 0.58 ? "CONTINUING" : roll < 0.75 ? "TEMPORARY" : "TTOC";
  const certificated = type !== "TTOC" || r.chance(0.75);
  const category = certificated ? r.pick(["4", "5", "5", "5+", "6", "6"] as const) : null;
  const maxStep = category === "4" ? 7 : 8;
  const step = certificated ? r.int(type === "TTOC" ? 1 : 2, maxStep) : null;
  const startYear = type === "CONTINUING" ? r.int(1998, 2021) : r.int(2016, 2024);
  const hireDate = isoAddDays(septFirst(startYear), r.int(0, 20));
  const fteMilli = type === "TTOC" ? 0 : r.pick([1000, 1000, 1000, 800, 600, 500]);
  const records: DemoServiceRecord[] = [];
  if (r.chance(0.08) && type !== "TTOC") {
    records.push({ kind: "PORTED_SENIORITY", startDate: hireDate, endDate: null, fteMilli: null, quantity: r.int(189, 189 * 8), note: "Ported from another BC district (C.2.2)" });
  }
  if (type === "TTOC") {
    for (let y = startYear; y <= 2024; y++) {
      const halfDays = r.int(60, 340);
      records.push({ kind: "TTOC_DAYS", startDate: septFirst(y), endDate: `${y + 1}-06-30`, fteMilli: null, quantity: halfDays, note: `${halfDays / 2} days on call, ${y}-${String((y + 1) % 100).padStart(2, "0")}` });
    }
  } else if (type === "TEMPORARY") {
    for (let y = startYear; y <= 2024; y++) {
      records.push({ kind: "TEMPORARY_CONTRACT", startDate: septFirst(y), endDate: `${y + 1}-06-30`, fteMilli, quantity: null, note: `Temporary contract at ${r.pick(SD73_SCHOOLS)}` });
    }
  } else {
    records.push({ kind: "APPOINTMENT", startDate: hireDate, endDate: null, fteMilli, quantity: null, note: `Continuing appointment at ${r.pick(SD73_SCHOOLS)}` });
    if (r.chance(0.12)) {
      const y = r.int(Math.max(startYear + 1, 2010), 2023);
      const note = r.pick(["Maternity/parental leave (G.21)", "Deferred salary leave", "Unpaid leave of absence"]);
      const reason = note.startsWith("Maternity") ? "esa-maternity-parental" : note.startsWith("Deferred") ? "other" : "long-term-unpaid";
      records.push({ kind: "LEAVE", startDate: septFirst(y), endDate: `${y + 1}-01-31`, fteMilli: null, quantity: null, reason, note });
    }
  }
  return {
    ...p,
    status: type === "CONTINUING" && r.chance(0.04) ? "ON_LEAVE" : "ACTIVE",
    employmentType: type,
    teacherCategory: category,
    teacherStep: step,
    certificated,
    payGrade: null,
    payStep: null,
    classification: type === "TTOC" ? (certificated ? "Teacher Teaching On Call" : "Non-certificated substitute") : "Teacher",
    generalClassification: null,
    fteMilli,
    qualifications: certificated ? [...new Set([r.pick(SD73_QUALIFICATIONS), r.pick(SD73_QUALIFICATIONS)])] : [],
    hireDate,
    applicationDate: isoAddDays(hireDate, -r.int(20, 120)),
    serviceRecords: records,
  };
}

function sd71Employee(r: Rng, n: number): DemoEmployee {
  const p = person(r, "71", n, "sd71.example");
  const c = r.pick(SD71_CLASSIFICATIONS);
  const roll = r.next();
  const type: DemoEmployee["employmentType"] =
    roll < 0.66 ? "REGULAR" : roll < 0.74 ? "PROBATIONARY" : roll < 0.9 ? "TEMPORARY" : "CONTINUING_TEMPORARY";
  const startYear = type === "REGULAR" ? r.int(1995, 2017) : type === "PROBATIONARY" ? 2019 : r.int(2014, 2018);
  const hireDate = type === "PROBATIONARY" ? isoAddDays("2019-04-01", r.int(0, 80)) : isoAddDays(septFirst(startYear), r.int(0, 90));
  const fteMilli = type === "TEMPORARY" ? 0 : r.pick([1000, 1000, 875, 750, 625]);
  const records: DemoServiceRecord[] = [];
  if (type === "REGULAR" || type === "PROBATIONARY") {
    records.push({ kind: "APPOINTMENT", startDate: hireDate, endDate: null, fteMilli, quantity: null, note: `Posted position: ${c.title}` });
    if (r.chance(0.07)) {
      const y = r.int(Math.max(startYear + 1, 2010), 2018);
      records.push({ kind: "UNPAID_BREAK", startDate: `${y}-01-07`, endDate: `${y}-05-31`, fteMilli: null, quantity: null, reason: "unpaid-leave", note: "Unpaid leave over 60 working days (15.01(b))" });
    }
  } else {
    for (let y = startYear; y <= 2018; y++) {
      const hours = r.int(300, 900) * 100;
      records.push({ kind: "HOURS_WORKED", startDate: septFirst(y), endDate: `${y + 1}-06-30`, fteMilli: null, quantity: hours, note: `${hours / 100} hours worked as ${type === "TEMPORARY" ? "a temporary" : "a continuing-temporary"} employee` });
    }
  }
  const status = type === "REGULAR" && r.chance(0.03) ? "LAID_OFF" : "ACTIVE";
  if (status === "LAID_OFF") records.push({ kind: "LAYOFF", startDate: "2019-06-28", endDate: null, fteMilli: null, quantity: null, note: "Layoff (17.03)" });
  return {
    ...p,
    status,
    employmentType: type,
    teacherCategory: null,
    teacherStep: null,
    certificated: null,
    payGrade: c.payGrade,
    payStep: r.int(1, c.maxStep),
    classification: c.title,
    generalClassification: c.general,
    fteMilli,
    qualifications: r.chance(0.5) ? [r.pick(SD71_QUALIFICATIONS)] : [],
    hireDate,
    applicationDate: null,
    serviceRecords: records,
  };
}

/** Demo SD73 teachers: continuing and temporary teachers by category and step, certificated and non-certificated TTOCs. */
export function sd73Employees(count = 300, seed = 73): DemoEmployee[] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => sd73Teacher(r, i + 1));
}

/** Demo SD71 support staff across the classifications and pay grades of the wage schedules. */
export function sd71Employees(count = 300, seed = 71): DemoEmployee[] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => sd71Employee(r, i + 1));
}
