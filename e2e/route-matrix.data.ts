// The role × route × tenant matrix (issue 14, DESIGN §5.7): every page route and route handler of app/, the status
// each demo account must get for a record of each district. e2e/route-matrix.spec.ts runs it as plain HTTP requests
// and fails when a route of app/ is missing here, so a new route must be added with its expectations.
//   200      the page or file
//   404      the not-found page: a record that is missing, outside the user's districts and locals, or one their
//            roles may not read (TTOC pay, LIF, private layoff drafts)
//   "F"      the "Not permitted" page (HTTP 200 today) for a form or module the user's roles do not allow
//   "login"  a 307 redirect to /login (signed out)

export type Account = "admin" | "hr73" | "hr71" | "stK" | "stC" | "ofK" | "ofC";
export type Expect = 200 | 404 | "F" | "login";
export type Tenant = "SD73" | "SD71" | "-";
export type Ids = Record<"SD73" | "SD71", Record<string, string | null>>;

export const ACCOUNTS: Record<Account, string> = {
  admin: "admin@accord.test", hr73: "hr.sd73@accord.test", hr71: "hr.sd71@accord.test",
  stK: "steward.ktta@accord.test", stC: "steward.cupe439@accord.test", ofK: "officer.ktta@accord.test", ofC: "officer.cupe439@accord.test",
};

/** Accounts whose districts and locals include the tenant (KTTA bargains with SD73, CUPE 439 with SD71). */
const OF: Record<"SD73" | "SD71", Account[]> = { SD73: ["admin", "hr73", "stK", "ofK"], SD71: ["admin", "hr71", "stC", "ofC"] };
const HR: Record<"SD73" | "SD71", Account[]> = { SD73: ["admin", "hr73"], SD71: ["admin", "hr71"] };
const ALL = Object.keys(ACCOUNTS) as Account[];

type Rule = (a: Account, t: Tenant) => Expect;
const every = (e: Expect): Rule => () => e;
/** Allowed (200) for the accounts in `who(tenant)`; `inTenant` for the other accounts of the tenant; 404 outside it. */
const tenantRule = (who: (t: "SD73" | "SD71") => Account[], inTenant: Expect = 404): Rule => (a, t) =>
  t === "-" ? 404 : who(t).includes(a) ? 200 : OF[t].includes(a) ? inTenant : 404;
const only = (allowed: Account[], refused: Expect): Rule => (a) => (allowed.includes(a) ? 200 : refused);

export interface RouteCase {
  /** The file's route, as app/ spells it without route groups. */
  pattern: string;
  /** The tenants to request it for ("-" for a route without a record). */
  tenants: Tenant[];
  /** The URL for a tenant, or null when that tenant has no such record in the seed (the cell is skipped). */
  path: (ids: Ids, t: Tenant) => string | null;
  expect: Rule;
}

const id = (k: string, f: (v: string, t: "SD73" | "SD71", ids: Ids) => string) => (ids: Ids, t: Tenant) => (t === "-" || !ids[t][k] ? null : f(ids[t][k]!, t, ids));
const T2: Tenant[] = ["SD73", "SD71"];
const NONE: Tenant[] = ["-"];
const fixed = (p: string) => () => p;

export const ROUTES: RouteCase[] = [
  { pattern: "/", tenants: NONE, path: fixed("/"), expect: every(200) },
  { pattern: "/login", tenants: NONE, path: fixed("/login"), expect: every(200) },
  { pattern: "/settings", tenants: NONE, path: fixed("/settings"), expect: every(200) },
  { pattern: "/admin/audit", tenants: NONE, path: fixed("/admin/audit"), expect: only(["admin"], "F") },
  { pattern: "/admin/calendar", tenants: NONE, path: fixed("/admin/calendar"), expect: only(["admin"], "F") },
  // Agreement parameters: administrators enter values, HR clerks read them.
  { pattern: "/admin/parameters", tenants: NONE, path: fixed("/admin/parameters"), expect: only(["admin", "hr73", "hr71"], "F") },
  // Agreement library: the agreements of the user's districts and locals.
  { pattern: "/agreements", tenants: NONE, path: fixed("/agreements"), expect: every(200) },
  { pattern: "/agreements/search", tenants: NONE, path: fixed("/agreements/search?q=seniority"), expect: every(200) },
  { pattern: "/agreements/[agreement]", tenants: T2, path: id("agreement", (v) => `/agreements/${v}`), expect: tenantRule((t) => OF[t]) },
  { pattern: "/agreements/[agreement]/articles/[article]", tenants: T2, path: id("agreement", (v, t, ids) => `/agreements/${v}/articles/${ids[t].article}`), expect: tenantRule((t) => OF[t]) },
  { pattern: "/api/library/preview", tenants: T2, path: id("agreement", (v, t, ids) => `/api/library/preview?agreement=${v}&article=${ids[t].article}`), expect: tenantRule((t) => OF[t]) },
  // Calculators need no data: every signed-in user may use either agreement's.
  { pattern: "/calculators", tenants: NONE, path: fixed("/calculators"), expect: every(200) },
  { pattern: "/calculators/[agreement]", tenants: T2, path: id("agreement", (v) => `/calculators/${v}`), expect: every(200) },
  { pattern: "/calculators/[agreement]/[calculator]", tenants: ["SD73"], path: fixed("/calculators/sd73-teachers/ttoc-day-pay"), expect: every(200) },
  // Employees: everyone reads their districts' people; HR and administrators change them.
  { pattern: "/employees", tenants: NONE, path: fixed("/employees"), expect: every(200) },
  { pattern: "/employees/export", tenants: NONE, path: fixed("/employees/export"), expect: every(200) },
  { pattern: "/employees/new", tenants: NONE, path: fixed("/employees/new"), expect: only(["admin", "hr73", "hr71"], "F") },
  { pattern: "/employees/import", tenants: NONE, path: fixed("/employees/import"), expect: only(["admin", "hr73", "hr71"], "F") },
  { pattern: "/employees/[id]", tenants: T2, path: id("employee", (v) => `/employees/${v}`), expect: tenantRule((t) => OF[t]) },
  { pattern: "/employees/[id]/edit", tenants: T2, path: id("employee", (v) => `/employees/${v}/edit`), expect: tenantRule((t) => HR[t], "F") },
  { pattern: "/employees/[id]/ledger", tenants: T2, path: id("employee", (v) => `/employees/${v}/ledger`), expect: tenantRule((t) => OF[t]) },
  // Grievances: stewards, local officers and district HR of the tenant.
  { pattern: "/grievances", tenants: NONE, path: fixed("/grievances"), expect: every(200) },
  { pattern: "/grievances/calendar", tenants: NONE, path: fixed("/grievances/calendar"), expect: every(200) },
  { pattern: "/grievances/new", tenants: NONE, path: fixed("/grievances/new"), expect: only(["stK", "stC", "ofK", "ofC"], "F") },
  { pattern: "/grievances/grievors", tenants: NONE, path: fixed("/grievances/grievors?q=a"), expect: every(200) },
  { pattern: "/grievances/articles", tenants: NONE, path: fixed("/grievances/articles?q=C.2"), expect: every(200) },
  { pattern: "/grievances/[id]", tenants: T2, path: id("grievance", (v) => `/grievances/${v}`), expect: tenantRule((t) => OF[t]) },
  { pattern: "/grievances/[id]/summary", tenants: T2, path: id("grievance", (v) => `/grievances/${v}/summary`), expect: tenantRule((t) => OF[t]) },
  // No document is seeded: an unknown document of a visible grievance is a 404 for everyone.
  { pattern: "/grievances/[id]/documents/[documentId]", tenants: T2, path: id("grievance", (v) => `/grievances/${v}/documents/none`), expect: every(404) },
  // Seniority: everyone of the tenant reads the lists; HR imports the ledger and publishes.
  { pattern: "/seniority", tenants: NONE, path: fixed("/seniority"), expect: every(200) },
  { pattern: "/seniority/import", tenants: NONE, path: fixed("/seniority/import"), expect: only(["admin", "hr73", "hr71"], "F") },
  { pattern: "/seniority/[agreement]", tenants: T2, path: id("agreement", (v) => `/seniority/${v}`), expect: tenantRule((t) => OF[t]) },
  { pattern: "/seniority/[agreement]/export", tenants: T2, path: id("agreement", (v) => `/seniority/${v}/export`), expect: tenantRule((t) => OF[t]) },
  // The review step of publishing: the district's HR and administrators; the tenant's other users are not permitted.
  { pattern: "/seniority/[agreement]/publish", tenants: T2, path: id("agreement", (v) => `/seniority/${v}/publish`), expect: tenantRule((t) => HR[t], "F") },
  { pattern: "/seniority/[agreement]/explain/[employeeId]", tenants: T2, path: id("employee", (v, t, ids) => `/seniority/${ids[t].agreement}/explain/${v}`), expect: tenantRule((t) => OF[t]) },
  { pattern: "/seniority/published/[id]", tenants: T2, path: id("published", (v) => `/seniority/published/${v}`), expect: tenantRule((t) => OF[t]) },
  { pattern: "/seniority/published/[id]/csv", tenants: T2, path: id("published", (v) => `/seniority/published/${v}/csv`), expect: tenantRule((t) => OF[t]) },
  { pattern: "/seniority/published/[id]/pdf", tenants: T2, path: id("published", (v) => `/seniority/published/${v}/pdf`), expect: tenantRule((t) => OF[t]) },
  // TTOC pay: ADMIN or HR_CLERK of the SD73 district only; everyone else gets the 404 page.
  { pattern: "/ttoc", tenants: NONE, path: fixed("/ttoc"), expect: only(["admin", "hr73"], 404) },
  { pattern: "/ttoc/roster", tenants: NONE, path: fixed("/ttoc/roster"), expect: only(["admin", "hr73"], 404) },
  { pattern: "/ttoc/schools", tenants: NONE, path: fixed("/ttoc/schools"), expect: only(["admin", "hr73"], 404) },
  { pattern: "/ttoc/[id]", tenants: T2, path: id("period", (v) => `/ttoc/${v}`), expect: tenantRule((t) => HR[t]) },
  { pattern: "/ttoc/[id]/entry", tenants: T2, path: id("period", (v) => `/ttoc/${v}/entry`), expect: tenantRule((t) => HR[t]) },
  { pattern: "/ttoc/[id]/approve", tenants: T2, path: id("period", (v) => `/ttoc/${v}/approve`), expect: tenantRule((t) => HR[t]) },
  { pattern: "/ttoc/[id]/delete", tenants: T2, path: id("period", (v) => `/ttoc/${v}/delete`), expect: tenantRule((t) => HR[t]) },
  { pattern: "/ttoc/[id]/export", tenants: T2, path: id("period", (v) => `/ttoc/${v}/export`), expect: tenantRule((t) => HR[t]) },
  { pattern: "/ttoc/[id]/statement/[employeeNumber]", tenants: T2, path: id("period", (v, t, ids) => `/ttoc/${v}/statement/${ids[t].ttocNumber}`), expect: tenantRule((t) => HR[t]) },
  { pattern: "/ttoc/roster/[id]", tenants: T2, path: id("ttoc", (v) => `/ttoc/roster/${v}`), expect: tenantRule((t) => HR[t]) },
  // LIF: district HR and administrators, and the local's officers; never stewards.
  { pattern: "/lif", tenants: NONE, path: fixed("/lif"), expect: only(["admin", "hr73", "hr71", "ofK", "ofC"], 404) },
  { pattern: "/lif/[id]", tenants: T2, path: id("lif", (v) => `/lif/${v}`), expect: tenantRule((t) => [...HR[t], t === "SD73" ? "ofK" : "ofC"]) },
  { pattern: "/lif/[id]/form", tenants: T2, path: id("lif", (v) => `/lif/${v}/form`), expect: tenantRule((t) => [...HR[t], t === "SD73" ? "ofK" : "ofC"]) },
  // Layoffs: HR drafts are HR's alone; shared drafts (and confirmed scenarios) are read by the union too.
  { pattern: "/layoffs", tenants: NONE, path: fixed("/layoffs"), expect: every(200) },
  { pattern: "/layoffs/new", tenants: T2, path: id("agreement", (v) => `/layoffs/new?agreement=${v}`), expect: tenantRule((t) => HR[t], "F") },
  { pattern: "/layoffs/[id]", tenants: T2, path: id("draft", (v) => `/layoffs/${v}`), expect: tenantRule((t) => HR[t]) },
  { pattern: "/layoffs/[id] (shared)", tenants: T2, path: id("shared", (v) => `/layoffs/${v}`), expect: tenantRule((t) => OF[t]) },
  { pattern: "/layoffs/[id]/confirm", tenants: T2, path: id("shared", (v) => `/layoffs/${v}/confirm`), expect: tenantRule((t) => HR[t], "F") },
  { pattern: "/layoffs/[id]/delete", tenants: T2, path: id("draft", (v) => `/layoffs/${v}/delete`), expect: tenantRule((t) => HR[t]) },
  { pattern: "/layoffs/compare", tenants: T2, path: id("draft", (v, t, ids) => `/layoffs/compare?a=${v}&b=${ids[t].shared}`), expect: tenantRule((t) => HR[t]) },
  // Recall: everyone of the tenant reads the list.
  { pattern: "/recall", tenants: NONE, path: fixed("/recall"), expect: every(200) },
  { pattern: "/recall/[id]", tenants: T2, path: id("recall", (v) => `/recall/${v}`), expect: tenantRule((t) => OF[t]) },
  // Auth.js and the calendar feed answer without the app's session checks.
  { pattern: "/api/auth/[...nextauth]", tenants: NONE, path: fixed("/api/auth/session"), expect: every(200) },
  { pattern: "/api/ics/[token]", tenants: NONE, path: fixed("/api/ics/not-a-token"), expect: every(404) },
  // The load balancer's health check answers everyone, without a session.
  { pattern: "/api/health", tenants: NONE, path: fixed("/api/health"), expect: every(200) },
];

/** What a signed-out visitor gets: every app route redirects to /login, except the public ones. */
export const SIGNED_OUT: Record<string, Expect> = { "/login": 200, "/api/auth/[...nextauth]": 200, "/api/ics/[token]": 404, "/api/health": 200 };

export { ALL };
