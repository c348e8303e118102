/**
 * Plain data of the layoff what-if: the rows it reads (shaped like the seniority standings, plus the pay
 * placement that severance needs) and the result it returns. Pure: no I/O, no clock.
 */
import type { Explanation } from "@/lib/rules";

export type LayoffAgreement = "sd73-teachers" | "sd71-cupe439";

/** One employee as the seniority standings give them (lib/dal/seniority-standings.ts), with the placement for severance. */
export interface LayoffStanding {
  employeeId: string;
  employeeNumber: string;
  name: string;
  /** 1 = most senior, tie-breaks applied */
  rank: number;
  list: "REGULAR" | "CONTINUING_TEMPORARY";
  status: string;
  employmentType: string;
  fteMilli: number;
  qualifications: string[];
  classification: string | null;
  /** SD71 27.03: "a" | "b" | "c" */
  generalClassification: string | null;
  positionId: string | null;
  /** The current position's title and school (Position.school), if any. */
  positionTitle?: string | null;
  school?: string | null;
  /** The position is in an outlying school: bypassed in an SD73 layoff (C.12.1.b.i, MOA 10 ¶3(b)). */
  outlying?: boolean;
  seniorityDays: number | null;
  seniorityDate: string | null;
  hireDate: string;
  laidOff: boolean;
  teacherCategory?: string | null;
  teacherStep?: number | null;
  payGrade?: string | null;
  payStep?: number | null;
}

/** SD73 (C.12.1.b.i): cut a number of positions or an FTE, district-wide. */
export interface Sd73Cut {
  agreement: "sd73-teachers";
  kind: "positions" | "fte";
  /** Positions to reduce (kind "positions"). */
  count?: number;
  /** FTE to cut in thousandths (kind "fte"). */
  fteMilli?: number;
  /** Necessary qualification for the positions available after the reduction (C.12.1.b.i), if any. */
  qualification?: string;
}

/** SD71 (17.04): positions eliminated, named by their incumbents' employee ids. */
export interface Sd71Cut {
  agreement: "sd71-cupe439";
  eliminate: string[];
  /** Whose positions an employee is qualified for (17.04(a) is human-maintained; see lib/layoffs/sd71.ts). */
  qualificationBasis: "classification" | "pay-grade";
}

export interface ScenarioInput {
  cut: Sd73Cut | Sd71Cut;
  /** The date the layoff takes effect (SD73: a term end, C.12.1.b.ii). */
  effectiveDate: string;
  /** The date written notice is (or was) given, if known. */
  noticeDate?: string;
}

/** A figure with the article it rests on and its arithmetic, as the rules return it. */
export type Figure<T> = ({ ok: true } & T & Explanation) | { ok: false; error: string; article: string };

export interface LaidOffRow {
  employeeId: string;
  employeeNumber: string;
  name: string;
  rank: number;
  classification: string | null;
  /** The position held, by title and school (not on results recorded before positions carried them). */
  position?: string | null;
  fteMilli: number;
  seniority: string;
  severance: Figure<{ amountCents: number; electBy: string | null }>;
  /** SD73: recall rights expire (C.12.1.c.vi.5); SD71: seniority lost (15.04(a)(3)). */
  recallExpiry: Figure<{ date: string; article: string }>;
}

export interface ChainLink { displaced: string; bumped: string; position: string }
/** One change confirming writes to a position: the bumping employee takes it over, or the eliminated position ends. */
export type PositionChange =
  | { kind: "reassign"; position: string; from: string; to: string }
  | { kind: "end"; position: string; holder: string };
export interface BumpChain { links: ChainLink[]; laidOff: string | null }

export interface ScenarioResult {
  agreement: LayoffAgreement;
  effectiveDate: string;
  laidOff: LaidOffRow[];
  /** SD71 only: each chain "A displaces B from position P, B displaces C…". */
  chains: BumpChain[];
  /** Display names of employee ids and labels of position ids used in chains. */
  names: Record<string, string>;
  positions: Record<string, string>;
  /** SD71: the eliminated position of each employee in the cut (employee id → position id), for the position changes. */
  eliminated?: Record<string, string>;
  order: Explanation;
  notice: Figure<{ latestNoticeDate: string; compliant: boolean | null; shortfall: string | null }>;
  totals: { count: number; fteMilli: number; severanceCents: number };
  ties: string[][];
  /** Set when more FTE is laid off than the cut asked for, with why in plain words (whole teachers, bumping). */
  overCut?: { askedFteMilli: number; why: string };
}

/** Input the what-if cannot run on: the field and what is wrong with it (shown next to the field). */
export type ScenarioOutcome = { ok: true; result: ScenarioResult } | { ok: false; errors: Record<string, string[]> };
