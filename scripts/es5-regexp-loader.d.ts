export const ES5_REGEXPS: [string, string, string][];
export function es5RegExps(source: string, file: string): string;
declare function es5RegExpLoader(source: string): string;
export default es5RegExpLoader;
