// The notice's criteria of a genuine consultation, and the district's two confirmations (LIF notice 2024-25).

/** Marked by each party: "Consultations between respective school districts and locals must: …" */
export const LIF_CRITERIA = [
  { key: "background", text: "Background information, including the amount of the LIF available to the district, was considered" },
  { key: "suggestions", text: "Appropriate suggestions for use of the LIF were made" },
  { key: "opinions", text: "Opinions could be expressed freely" },
  { key: "listened", text: "Differing points of view were carefully listened to" },
  { key: "alternatives", text: "Input about suitable alternate options was given" },
  { key: "concerns", text: "Concerns raised by the other party were thoughtfully addressed" },
] as const;

/** Confirmed by the district only: "consultations were (i) held with mutual respect and cooperation, and (ii) …" */
export const LIF_CONFIRMATIONS = [
  { key: "mutual-respect", text: "(i) Consultations were held with mutual respect and cooperation" },
  { key: "legitimate-intent", text: "(ii) There is legitimate intent to take into account the concerns of both parties" },
] as const;

export type LifCriterionKey = (typeof LIF_CRITERIA)[number]["key"];
export type LifConfirmationKey = (typeof LIF_CONFIRMATIONS)[number]["key"];
export const LIF_CRITERION_KEYS = LIF_CRITERIA.map((c) => c.key) as LifCriterionKey[];
export const LIF_CONFIRMATION_KEYS = LIF_CONFIRMATIONS.map((c) => c.key) as LifConfirmationKey[];
export const LIF_CITE = "LIF notice 2024-25";
