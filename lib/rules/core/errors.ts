/**
 * Typed errors of the rules module. Every error names the input field it
 * concerns and the article whose rule refused it, so a clerk or steward can
 * see why a computation was not done.
 */
export class RulesError extends Error {
  readonly field: string;
  readonly article: string;
  readonly code: string;
  constructor(code: string, message: string, field: string, article: string) {
    super(`${message} [field: ${field}; article: ${article}]`);
    this.name = "RulesError";
    this.code = code;
    this.field = field;
    this.article = article;
  }
}

/** The caller's input is malformed or out of range. */
export class InputError extends RulesError {
  constructor(message: string, field: string, article: string) {
    super("INPUT", message, field, article);
    this.name = "InputError";
  }
}

/** The date (or value) is outside what the agreement's data covers. */
export class NotCoveredError extends RulesError {
  constructor(message: string, field: string, article: string) {
    super("NOT_COVERED", message, field, article);
    this.name = "NotCoveredError";
  }
}

/** Parameter data failed validation when loaded: a defect in the data, not the input. */
export class ParameterError extends RulesError {
  constructor(message: string, field: string, article: string) {
    super("PARAMETER", message, field, article);
    this.name = "ParameterError";
  }
}
