/**
 * Typed errors. Each carries a message code (the text comes from the messages module) and the
 * exit code it maps to; src/cli/main.ts is the one place that turns them into an exit code.
 */

/** A message that takes no parameters: passing one is a type error. */
type NoParams = Record<string, never>;

/**
 * Each error code and the parameters its message needs; the messages module's `errors` map (ru and
 * en alike) is typed by it (ErrorTexts), so a code without a message, a message without a code, or a
 * wrong or missing parameter is a compile-time error.
 */
export interface ErrorParams {
  'file-not-found': NoParams;
  'file-unreadable': { reason: string };
  'empty-file': NoParams;
  'xls-not-supported': NoParams;
  'encrypted-workbook': NoParams;
  'not-a-workbook': { reason: string };
  'damaged-workbook': { part: string; reason: string };
  /** key: the read.* config key of the limit (src/io/readers/xlsx/limits.ts); part: the zip part, when one. */
  'workbook-too-large': { key: string; value: number; limit: number; part: string };
  'unknown-encoding': { encoding: string };
  'sheet-not-found': { sheet: string; sheets: string };
  /** layout: the forced --layout, '' when none. */
  'no-header': { layout?: string };
  /** files: one a line. */
  'no-header-in-files': { files: string; layout?: string };
  'no-facts-header': NoParams;
  'no-profile-header': NoParams;
  'no-draft-header': NoParams;
  'no-reference-header': NoParams;
  'no-scales-header': NoParams;
  'no-schools-header': NoParams;
  'no-journal-header': NoParams;
  'no-scale': { procedure: string; year: number };
  'procedure-unknown': NoParams;
  'year-unknown': NoParams;
  /** year: the --year asked for; years: those the data holds, ascending. */
  'year-not-in-data': { year: number; years: number[] };
  'bad-option': { option: string; value: string; expected: string };
  'output-is-input': { path: string; option: string };
  'output-twice': { path: string };
  'output-is-folder': { path: string; option: string };
  'output-not-file': { path: string; option: string };
  'report-folder-not-folder': { path: string };
  'report-folder-foreign': { path: string; entry: string };
  'report-folder-holds-input': { path: string; input: string };
  'outside-output-folder': { path: string; folder: string };
  'stdout-failed': { reason: string };
  'binary-to-terminal': { format: string };
  'config-invalid': { file: string; details: string };
  'config-unreadable': { file: string; reason: string };
  'config-exists': { file: string };
  'strict-failed': { count: number };
  'write-failed': { path: string; reason: string };
  'no-input-files': { inputs: string };
  'catalog-invalid': { details: string };
  'programme-invalid': { details: string };
  'no-results': NoParams;
  'no-task-results': NoParams;
  /** token: the option, command or argument commander names; help: the command's --help. */
  /** `suggestion`: the known name nearest the typo (commander's), or null. */
  'cli-unknown-option': { token: string; help: string; suggestion: string | null };
  'cli-unknown-command': { token: string; suggestion: string | null };
  /** `token`: the argument's name in the run's language; `example`: a command line that gives it. */
  'cli-missing-argument': { token: string; example: string };
  'cli-option-missing-argument': { token: string };
  'cli-excess-arguments': NoParams;
  'cli-other': { token: string };
  // task-level results (src/messages/tasks-*.ts)
  'no-task-header': NoParams;
  'no-task-map-header': NoParams;
  'bad-task-max': { value: string };
  'no-task-max': NoParams;
  // the list of signs of non-objective results (src/messages/markers-*.ts)
  'no-markers-header': NoParams;
  // per-pupil exports with the journal mark (src/messages/objectivity-*.ts)
  'no-pupil-marks-header': NoParams;
  // where the objectivity flag comes from, --objectivity-from (src/messages/objectivity-flag-*.ts)
  'objectivity-list-without-markers': NoParams;
  /** inputs: the input paths, comma-separated. */
  'objectivity-no-pupil-marks': { inputs: string };
  internal: { message: string };
}

export type ErrorCode = keyof ErrorParams;

/** The messages' `errors` map: a sentence for each code, made from exactly that code's parameters. */
export type ErrorTexts = { [K in ErrorCode]: (p: ErrorParams[K]) => string };

/** The params argument: optional where the message needs none. */
type ParamsArg<K extends ErrorCode> = NoParams extends ErrorParams[K] ? [params?: ErrorParams[K]] : [params: ErrorParams[K]];

export interface Location {
  file: string;
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
}

export class ShnorError<K extends ErrorCode = ErrorCode> extends Error {
  readonly params: ErrorParams[K];

  constructor(exitCode: 1 | 2, code: K, ...params: ParamsArg<K>);
  /** With a location (InputError); params undefined only as ParamsArg allows. */
  constructor(exitCode: 1 | 2, code: K, params: ErrorParams[K] | undefined, location: Location);
  constructor(
    readonly exitCode: 1 | 2,
    readonly code: K,
    params?: ErrorParams[K],
    readonly location: Location | null = null,
  ) {
    super(code);
    // left out only where the message needs none (ParamsArg): no parameters, as ever
    this.params = params ?? ({} as ErrorParams[K]);
  }
}

/** Wrong flags or arguments: exit 2. */
export class UsageError<K extends ErrorCode = ErrorCode> extends ShnorError<K> {
  constructor(code: K, ...params: ParamsArg<K>) {
    super(2, code, ...params);
  }
}

/** Input that cannot be used at all (unreadable file, no header): exit 2. */
export class InputError<K extends ErrorCode = ErrorCode> extends ShnorError<K> {
  constructor(code: K, location: Location, ...[params]: ParamsArg<K>) {
    super(2, code, params, location);
  }
}
