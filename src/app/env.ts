/**
 * What a use case needs from the world it runs in, and what it gives back. The command line
 * passes process.stdin and prints the issues on stderr; a test passes a stream and collects them.
 */
import type { Lang } from '../messages/index.js';
import type { Issue } from '../model/issues.js';
import type { Document } from '../report/document/model.js';

/** The steps of a long run (`report`), told as each starts: the use case's, then the command line's. */
export type ProgressStep = 'read' | 'analyse' | 'tasks' | 'charts' | 'docx' | 'pdf' | 'write';

export interface AppEnv {
  /** The language the document is written in. */
  lang: Lang;
  cwd: string;
  stdin: NodeJS.ReadableStream;
  /** The input problems of a step, as soon as they are known and before they are judged. */
  issues(issues: Issue[]): void;
  /** --rejects FILE: every row left out, written by whoever writes files. */
  rejects(path: string, issues: Issue[]): Promise<void>;
  /** A step of a long run as it starts; absent, nobody is watching (no terminal, --quiet, a test). */
  progress?(step: ProgressStep): void;
}

export interface RunResult<D> {
  /** What every format renders. */
  document: Document;
  /** The command's report as the rules gave it. */
  data: D;
  /** Every input problem of the run, in the order told. */
  issues: Issue[];
  /** 0 done, 1 `check` found discrepancies (2 and 3 are thrown). */
  exitCode: 0 | 1;
}
