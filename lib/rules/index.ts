/**
 * Public API of the rules module. Pure functions over plain data; each returns its
 * result with `citations`, `steps` and `interpretations`.
 */
export * as core from "./core";
export { RulesError, InputError, NotCoveredError, ParameterError, type Explanation } from "./core";
export { addWorkingDays, calendarRegistry, type AddWorkingDaysInput, type AddWorkingDaysResult, type AgreementCalendars } from "./calendars";
export * from "./sd73-teachers";
export * from "./sd71-cupe439";
export * from "./lif";
export { ttocCalloutFraction, type TtocCalloutTimesInput } from "./sd73-teachers/ttoc-times";
