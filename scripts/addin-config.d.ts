// Types of scripts/addin-config.js for the TypeScript tests.
export const DEV_PORT: number;
export const DEV_ORIGIN: string;
export const DEV_BASE_URL: string;
export const DEFAULT_OFFICE_JS_URL: string;
export const ICON_SIZES: readonly number[];
export function normaliseBaseUrl(raw: string): string;
export function rewriteManifest(xml: string, baseUrl: string): string;
export function resolveOfficeJsUrl(value: string | undefined): string;
export function resolveOfficeJs(env: { OFFICE_JS?: string; OFFICE_JS_URL?: string }): {
  url: string;
  bundled: boolean;
};
export const BUNDLED_OFFICE_JS_DIR: string;
export const BUNDLED_OFFICE_JS_FILES: readonly string[];
export function officeJsOrigin(officeJsUrl: string): string | null;
export function buildCsp(options?: {
  officeJsUrl?: string;
  officeJs?: boolean;
  ownScripts?: boolean;
}): string;
export function canSideloadDesktop(platform: string): boolean;
