/** A.1: term of the agreement and its continuation clause. */
export const TERM_START = "2022-07-01";
/** A.1.1: "July 1, 2022 to June 30, 2025". */
export const TERM_END = "2025-06-30";
/** A.1.2: terms deemed to remain in effect until a new agreement is concluded. */
export const CONTINUATION = {
  article: "A.1.2",
  note: "the terms of this Collective Agreement are deemed to remain in effect until the date on which a new Collective Agreement is concluded",
};
