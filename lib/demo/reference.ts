// Reference lists for demo data. SD71 titles, pay grades and general classifications follow the
// Pay Grade Classification list and 27.03 of the CUPE 439 agreement; trades are paid from the trades table ("B11").

/** Highest step of each pay grade in the hourly wage schedule. */
const MAX_STEP: Record<string, number> = { "1": 2, "3": 3, "4": 2, "5": 2, "6": 2, "7": 3, "8": 2, "9": 3, "10": 3, "11": 2, "12": 3 };

const raw: Array<[title: string, payGrade: string, general: "a" | "b" | "c"]> = [
  ["Electrician", "B11", "c"],
  ["Plumber/Heating Mechanic", "B10", "c"],
  ["Carpenter", "B9", "c"],
  ["Painter", "B8", "c"],
  ["Information Technology Network & Communication Technician", "12", "c"],
  ["Computer Technician", "10", "c"],
  ["Senior Accounts Clerk", "10", "b"],
  ["Education Assistant: Interpreter", "9", "a"],
  ["Program Worker - Lifeskills", "9", "a"],
  ["Senior Administrative Assistant – Secondary", "9", "b"],
  ["Payroll Clerk", "8", "b"],
  ["Education Assistant: Health Care", "8", "a"],
  ["Senior Administrative Assistant - Elementary", "8", "b"],
  ["Aboriginal Support Worker (Cultural)", "7", "a"],
  ["Accounts Clerk", "6", "b"],
  ["Education Assistant: Behaviour Resource (Elementary and Secondary)", "6", "a"],
  ["Receptionist/Clerical Support", "6", "b"],
  ["Administrative Assistant", "5", "b"],
  ["Bus Driver", "5", "c"],
  ["Education Assistant: Elementary Resource", "5", "a"],
  ["Education Assistant: Elementary Resource", "5", "a"],
  ["Education Assistant: Secondary Resource", "5", "a"],
  ["Education Assistant: Student Services - Elementary", "5", "a"],
  ["Library Clerk – Elementary/Secondary", "5", "a"],
  ["Senior Custodian", "5", "c"],
  ["Custodian", "4", "c"],
  ["Custodian", "4", "c"],
  ["Custodian", "4", "c"],
  ["Grounds Person – Level 1", "4", "c"],
  ["Program Worker - Concession", "3", "a"],
  ["Supervision Assistant", "1", "a"],
];

export const SD71_CLASSIFICATIONS = raw.map(([title, payGrade, general]) => ({
  title,
  payGrade,
  general,
  maxStep: payGrade.startsWith("B") ? 2 : (MAX_STEP[payGrade] ?? 2),
}));

export const SD71_GENERAL_CLASSIFICATIONS = {
  a: "(a) Library clerk, education assistant, support worker, program worker",
  b: "(b) Clerical",
  c: "(c) Maintenance worker, custodian, technician and bus driver",
} as const;

export const SD73_SCHOOLS = [
  "South Kamloops Secondary", "NorKam Senior Secondary", "Sa-Hali Secondary", "Valleyview Secondary", "Westsyde Secondary",
  "Brocklehurst Middle", "Arthur Stevenson Elementary", "Marion Schilling Elementary", "Pacific Way Elementary",
  "Clearwater Secondary", "Raft River Elementary", "Barriere Secondary", "Logan Lake Secondary",
] as const;

/** Demo schools of the former SD 26 (North Thompson), an outlying area under the layoff provisions (MOA 10 ¶3(b)). */
export const SD73_OUTLYING_SCHOOLS = ["Clearwater Secondary", "Raft River Elementary", "Barriere Secondary"] as const;

export const SD73_QUALIFICATIONS = [
  "French Immersion", "Special Education", "Secondary Mathematics", "Secondary Science", "English Language Learners",
  "Counselling", "Teacher-Librarian", "Physical Education", "Indigenous Education", "Music", "Primary",
] as const;

export const SD71_QUALIFICATIONS = [
  "Occupational First Aid Level 1", "Class 2 Driver's Licence", "Braille", "Sign Language", "Red Seal", "Food Safe",
] as const;
