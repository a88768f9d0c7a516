/**
 * The system Chromium, driven by playwright-core (which downloads no browser of its own):
 * $SHNOR_CHROMIUM, else /usr/bin/chromium (Debian), else chromium (or chromium-browser,
 * google-chrome) on PATH.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { msg } from '../messages/index.js';

const DEBIAN = '/usr/bin/chromium';
const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/** The browser, or why there is none, in words for the user. */
export type Launched = { browser: Browser } | { reason: string };

export async function launchChromium(env: NodeJS.ProcessEnv): Promise<Launched> {
  const path = findChromium(env);
  if (typeof path !== 'string') return path;
  const { chromium } = await import('playwright-core');
  try {
    // no sandbox: Chromium refuses to start as root with it; it only ever opens shnor's own pages
    const browser = await chromium.launch({ executablePath: path, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'], timeout: 60_000 });
    return { browser };
  } catch (error) {
    const reason = String((error as Error)?.message ?? error).split('\n')[0]!.replace(/^browserType\.launch:\s*/, '');
    return { reason: msg().report.chromium.failed(reason) };
  }
}

function findChromium(env: NodeJS.ProcessEnv): string | { reason: string } {
  const c = msg().report.chromium;
  const explicit = env.SHNOR_CHROMIUM;
  if (explicit) return isExecutable(explicit) ? explicit : { reason: c.noFile(explicit) };
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => NAMES.map((name) => join(dir, name)));
  return [DEBIAN, ...onPath].find(isExecutable) ?? { reason: c.notFound };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
