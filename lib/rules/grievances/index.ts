/** Grievance workflows: data per agreement and the pure functions that read it. */
export * from "./types";
export { WORKFLOWS, GRIEVANCE_AGREEMENTS, workflowFor } from "./workflows";
export { nextDeadlines, workingDaysUntil, workingDaysAhead, type Deadline, type NextDeadlinesResult, type NextDeadlinesOptions } from "./next-deadlines";
export { effectiveEvents, checkNewEvent, type EventErrors } from "./events";
export { computeLimit, closuresCount, calendarFor, type LimitResult, type Range } from "./limits";
