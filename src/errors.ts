/**
 * Typed errors. Each carries a message code (the text comes from the messages module) and the
 * exit code it maps to; src/cli/main.ts is the one place that turns them into an exit code.
 */
export type ErrorParams = Record<string, string | number>;

export interface Location {
  file: string;
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
}

export class ShnorError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    readonly code: string,
    readonly params: ErrorParams = {},
    readonly location: Location | null = null,
  ) {
    super(code);
  }
}

/** Wrong flags or arguments: exit 2. */
export class UsageError extends ShnorError {
  constructor(code: string, params: ErrorParams = {}) {
    super(2, code, params);
  }
}

/** Input that cannot be used at all (unreadable file, no header): exit 2. */
export class InputError extends ShnorError {
  constructor(code: string, location: Location, params: ErrorParams = {}) {
    super(2, code, params, location);
  }
}
