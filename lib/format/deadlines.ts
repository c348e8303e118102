/**
 * Deadlines that only open a window: the agreement sets no outer limit, so the date is the earliest day
 * the step may be taken, not a due date (SD73 A.6.3.a: the Step Two referral).
 */
const NO_OUTER_LIMIT = new Set(["sd73-teachers:step2-referral"]);

export const noOuterLimit = (agreement: string, ruleId: string | null) => ruleId !== null && NO_OUTER_LIMIT.has(`${agreement}:${ruleId}`);
