export const INERT_URLS: [string, string][];
export function inertUrls(source: string): string;
declare function inertUrlsLoader(source: string): string;
export default inertUrlsLoader;
