// Working days for SD71 – CUPE 439 (spec §0.1): Monday to Friday (18.01(a)), minus the
// holidays of 21.01 – the BC statutory holidays, Easter Monday and Boxing Day (listed in
// 21.01 but not BC statutory), and "any other day declared a statutory holiday by the
// provincial or federal government". School breaks are not excluded unless an article
// says so (12.02(d) excludes July and August; 15.02(b) excludes school breaks).
import {
  easterOffset, fixedDate, type CalendarProfile, type NonWorkingRule,
} from "../core/calendar-profile";
import { dayFromCivil } from "../core/date";
import { NDTR_FIRST_YEAR } from "../core/holidays-bc";

/**
 * National Day for Truth and Reconciliation, Sept 30: a federal statutory holiday from
 * 2021 (S.C. 2021, c. 11) and so a 21.01 holiday ("declared … by the … federal
 * government") before BC made it statutory in 2023 (core adds it from 2023).
 */
const ndtrFederal: NonWorkingRule = {
  name: "National Day for Truth and Reconciliation",
  cite: "21.01(a) (declared by the federal government, 2021)",
  days: (y) => (y >= 2021 && y < NDTR_FIRST_YEAR ? [dayFromCivil(y, 9, 30)] : []),
};

export const SD71_HOLIDAY_RULES: NonWorkingRule[] = [
  easterOffset("Easter Monday", 1, "21.01(a)"),
  fixedDate("Boxing Day", 12, 26, "21.01(a)"),
  ndtrFederal,
];

/** Generic working day: Art. 12, 13, 14.04, 16.01, 17.03 and every unqualified "working day". */
export const sd71WorkingDays: CalendarProfile = {
  id: "sd71-cupe439",
  label: "Mon–Fri minus BC statutory holidays, Easter Monday and Boxing Day (21.01)",
  citations: ["18.01(a)", "21.01"],
  interpretations: ["A12"],
  bcStatutory: true,
  rules: SD71_HOLIDAY_RULES,
  closures: [],
  excludeMonths: [],
};

/** 12.02(d): "sixty (60) working days (exclusive of July and August)". */
export const sd71WorkingDaysExclJulyAugust: CalendarProfile = {
  ...sd71WorkingDays,
  id: "sd71-cupe439-excl-jul-aug",
  label: "Mon–Fri minus 21.01 holidays, exclusive of July and August (12.02(d))",
  citations: ["18.01(a)", "21.01", "12.02(d)"],
  excludeMonths: [7, 8],
};

/** The SD71 entry of the working-day registry (lib/rules/calendars.ts). */
export const sd71Calendars = {
  defaultProfile: sd71WorkingDays.id,
  profiles: {
    [sd71WorkingDays.id]: sd71WorkingDays,
    [sd71WorkingDaysExclJulyAugust.id]: sd71WorkingDaysExclJulyAugust,
  },
} as const;
