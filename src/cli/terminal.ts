/** The only user of colour: a painter for renderers and the lines written to stderr. */
import { Chalk } from 'chalk';
import type { Painter } from '../report/to/context.js';

export function colorWanted(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

/** The width tables are fitted to: $COLUMNS when set (COLUMNS=80 shnor …), else the terminal's; null when neither. */
export function terminalWidth(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): number | null {
  const columns = Number(env.COLUMNS);
  if (Number.isInteger(columns) && columns > 0) return columns;
  return stream.isTTY && stream.columns > 0 ? stream.columns : null;
}

export function makePainter(color: boolean): Painter {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return { flagged: (text) => chalk.red(text), dim: (text) => chalk.dim(text) };
}

export function errorLine(text: string, color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return `${chalk.red('shnor:')} ${text}\n`;
}
