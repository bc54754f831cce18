// Types of scripts/bundle-size.js for the TypeScript tests.
export const TASKPANE_BUDGET_GZIP: number;
export const LITE_BUDGET_GZIP: number;
export function localScripts(html: string): string[];
export function gzipSize(buffer: Buffer): number;
export function report(dist: string): { lines: string[]; problems: string[] };
export function syntaxLevel(source: string): string | null;
