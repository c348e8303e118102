export { lifConsultationStatus, lifMissing, LIF_STATUSES, type LifStatus, type LifStatusInput, type LifStatusResult } from "./status";
export { LIF_CRITERIA, LIF_CONFIRMATIONS, LIF_CRITERION_KEYS, LIF_CONFIRMATION_KEYS, LIF_CITE, type LifCriterionKey, type LifConfirmationKey } from "./criteria";
export { lifYearParams, LIF_YEARS, type LifYearParams } from "./parameters";
