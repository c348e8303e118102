/** Demo accounts (password `accord-demo`, demo-only). Acceptance checks sign in with these; keep them stable. */
export const DEMO_PASSWORD = "accord-demo";

export type DemoRole = "ADMIN" | "HR_CLERK" | "STEWARD" | "LOCAL_OFFICER" | "VIEWER";

export interface DemoAccount {
  email: string;
  name: string;
  memberships: Array<{ role: DemoRole; organization?: "SD73" | "SD71"; local?: "KTTA" | "CUPE439" }>;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@accord.test", name: "Alex Admin", memberships: [{ role: "ADMIN", organization: "SD73" }, { role: "ADMIN", organization: "SD71" }] },
  { email: "hr.sd73@accord.test", name: "Harriet Kamloops (HR)", memberships: [{ role: "HR_CLERK", organization: "SD73" }] },
  { email: "hr.sd71@accord.test", name: "Hugo Comox (HR)", memberships: [{ role: "HR_CLERK", organization: "SD71" }] },
  { email: "steward.ktta@accord.test", name: "Sam Steward (KTTA)", memberships: [{ role: "STEWARD", local: "KTTA" }] },
  { email: "steward.cupe439@accord.test", name: "Sasha Steward (CUPE 439)", memberships: [{ role: "STEWARD", local: "CUPE439" }] },
  { email: "officer.ktta@accord.test", name: "Olivia Officer (KTTA)", memberships: [{ role: "LOCAL_OFFICER", local: "KTTA" }] },
  { email: "officer.cupe439@accord.test", name: "Omar Officer (CUPE 439)", memberships: [{ role: "LOCAL_OFFICER", local: "CUPE439" }] },
];

export const ORGANIZATIONS = [
  { code: "SD73", name: "School District No. 73 (Kamloops-Thompson)" },
  { code: "SD71", name: "School District No. 71 (Comox Valley)" },
] as const;

export const LOCALS = [
  { code: "KTTA", name: "Kamloops Thompson Teachers' Association" },
  { code: "CUPE439", name: "CUPE Local 439" },
] as const;

export const AGREEMENTS = [
  {
    rulesId: "sd73-teachers",
    title: "BCPSEA–BCTF Provincial Collective Agreement 2022–2025 with SD73/KTTA local provisions",
    bargainingUnit: "Teachers",
    termStart: "2022-07-01",
    termEnd: "2025-06-30",
    organization: "SD73",
    local: "KTTA",
  },
  {
    rulesId: "sd71-cupe439",
    title: "SD71 Comox Valley – CUPE Local 439 Collective Agreement 2014–2019",
    bargainingUnit: "Support staff",
    termStart: "2014-07-01",
    termEnd: "2019-06-30",
    organization: "SD71",
    local: "CUPE439",
  },
] as const;
