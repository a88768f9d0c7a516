/** Types of scripts/bundle.mjs for the tests that build some of shnor's modules with it. */
export const ROOT: string;
export const SHNOR_ENTRIES: Record<string, string>;
export const SHNOR_BUNDLE: string;
export function bundle(entryPoints: Record<string, string>, outdir: string): Promise<void>;
