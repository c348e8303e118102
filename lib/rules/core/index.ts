/** lib/rules/core: shared, pure building blocks of every agreement module. */
export * from "./errors";
export * from "./date";
export * as Q from "./rational";
export type { Rational } from "./rational";
export * from "./money";
export * from "./explain";
export * from "./policy";
export * from "./params";
export * from "./validate";
export * from "./holidays-bc";
export * from "./calendar-profile";
export * from "./working-days";
export * from "./overlay";
