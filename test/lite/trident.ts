/**
 * What Internet Explorer 11 (Trident 7) lacks, for the tests of the lite pane's bundle:
 *
 * - `scanScript` parses a script as ES5 (acorn, `ecmaVersion: 5`: any later syntax fails, regular
 *   expression literals included) and lists the APIs of `TRIDENT_LACKS` it refers to, and every
 *   `RegExp("…")` pattern IE11 could not compile (lookbehind, named groups, \p{…}, the u/s/y flags);
 * - `stripTrident` deletes those APIs from a window (jsdom), so that the bundle runs there with only
 *   what IE11 has — and with whatever polyfills the bundle brings.
 *
 * The list is of ES2015+ and web APIs that IE11 does not have or has only in part (e.g. `Map`
 * without iteration, `CustomEvent` without a constructor), as documented by MDN's compatibility
 * tables. A reference only under `typeof X` (feature detection) is not a use.
 */
import * as acorn from "acorn";

/** Global names IE11 lacks (or has without what modern code expects of them). */
export const LACKING_GLOBALS = [
  "Promise",
  "Map",
  "Set",
  "WeakMap",
  "WeakSet",
  "Symbol",
  "Proxy",
  "Reflect",
  "fetch",
  "TextDecoder",
  "TextEncoder",
  "URL",
  "URLSearchParams",
  "structuredClone",
  "queueMicrotask",
  "globalThis",
  "BigInt",
  "AbortController",
  "ResizeObserver",
  "IntersectionObserver",
  "requestIdleCallback",
] as const;

/** Static methods IE11 lacks: `Object.assign`, … */
export const LACKING_STATICS: Record<string, string[]> = {
  Object: ["assign", "entries", "values", "fromEntries", "getOwnPropertyDescriptors", "is"],
  Array: ["from", "of"],
  Number: [
    "isInteger",
    "isFinite",
    "isNaN",
    "isSafeInteger",
    "parseFloat",
    "parseInt",
    "EPSILON",
    "MAX_SAFE_INTEGER",
    "MIN_SAFE_INTEGER",
  ],
  Math: [
    "imul",
    "trunc",
    "sign",
    "log10",
    "log2",
    "log1p",
    "expm1",
    "hypot",
    "clz32",
    "fround",
    "cbrt",
    "sinh",
    "cosh",
    "tanh",
    "asinh",
    "acosh",
    "atanh",
  ],
  String: ["fromCodePoint", "raw"],
  ArrayBuffer: [],
};

/** Prototype methods IE11 lacks, by the prototypes that may carry them. */
export const LACKING_METHODS: Record<string, string[]> = {
  includes: ["Array", "String"],
  find: ["Array"],
  findIndex: ["Array"],
  findLast: ["Array"],
  findLastIndex: ["Array"],
  fill: ["Array"],
  copyWithin: ["Array"],
  flat: ["Array"],
  flatMap: ["Array"],
  at: ["Array", "String"],
  entries: ["Array"],
  values: ["Array"],
  startsWith: ["String"],
  endsWith: ["String"],
  padStart: ["String"],
  padEnd: ["String"],
  repeat: ["String"],
  codePointAt: ["String"],
  normalize: ["String"],
  matchAll: ["String"],
  replaceAll: ["String"],
  trimStart: ["String"],
  trimEnd: ["String"],
};

export interface ScanResult {
  /** Null when the script parses as ES5; else where and why it does not. */
  syntaxError: string | null;
  /** APIs of the lists above the script uses, as "Promise", "Object.assign", ".padStart". */
  uses: string[];
  /** `RegExp("…", "…")` patterns or flags IE11 cannot compile. */
  badPatterns: string[];
}

type AnyNode = acorn.Node & Record<string, unknown>;

const own = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** Visits every node with its ancestors (nearest last). */
function walk(
  node: unknown,
  visit: (node: AnyNode, ancestors: AnyNode[]) => void,
  ancestors: AnyNode[] = [],
): void {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit, ancestors);
    return;
  }
  const n = node as AnyNode;
  if (typeof n.type !== "string") return;
  visit(n, ancestors);
  ancestors.push(n);
  for (const key of Object.keys(n)) {
    if (key === "type" || key === "start" || key === "end" || key === "loc") continue;
    const value = n[key];
    if (value && typeof value === "object") walk(value, visit, ancestors);
  }
  ancestors.pop();
}

/** Whether an expression holds `typeof name` (feature detection of that name). */
function testsTypeof(test: unknown, name: string): boolean {
  let found = false;
  walk(test, (node) => {
    if (node.type === "UnaryExpression" && node.operator === "typeof") {
      const arg = node.argument as AnyNode;
      if (arg.type === "Identifier" && arg.name === name) found = true;
    }
  });
  return found;
}

/**
 * A reference to `name` is guarded when it sits in a branch of a condition that tests
 * `typeof name` (`typeof X === "undefined" ? … : X`, `typeof X != "undefined" && X`, `if (typeof X …)`).
 */
function guarded(name: string, ancestors: AnyNode[], node: AnyNode): boolean {
  // `X || fallback`, `Math.trunc || function …`: the API is tested, its absence handled.
  const parent = ancestors[ancestors.length - 1];
  if (parent && parent.type === "LogicalExpression" && parent.operator === "||" && parent.left === node)
    return true;
  let child: AnyNode = node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i];
    if (
      (a.type === "ConditionalExpression" || a.type === "IfStatement") &&
      a.test !== child &&
      testsTypeof(a.test, name)
    )
      return true;
    if (a.type === "LogicalExpression" && a.right === child && testsTypeof(a.left, name)) return true;
    child = a;
  }
  return false;
}

/** Whether a RegExp pattern and flags compile in ES5 (checked by acorn's ES5 validator). */
export function es5RegExpProblem(pattern: string, flags: string): string | null {
  if (/[^gim]/.test(flags)) return `flags "${flags}"`;
  // As a literal: escape the slashes a constructor string may hold unescaped.
  let literal = "";
  let escaped = false;
  let inClass = false;
  for (const ch of pattern) {
    if (escaped) escaped = false;
    else if (ch === "\\") escaped = true;
    else if (ch === "[") inClass = true;
    else if (ch === "]") inClass = false;
    else if (ch === "/" && !inClass) {
      literal += "\\/";
      continue;
    } else if (ch === "\n" || ch === "\r") {
      literal += ch === "\n" ? "\\n" : "\\r";
      continue;
    }
    literal += ch;
  }
  try {
    acorn.parse(`/${literal}/${flags}`, { ecmaVersion: 5 });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

export function scanScript(source: string): ScanResult {
  let ast: acorn.Node;
  try {
    ast = acorn.parse(source, { ecmaVersion: 5, sourceType: "script", locations: true });
  } catch (error) {
    const e = error as Error & { loc?: { line: number; column: number }; pos?: number };
    const at = e.pos ?? 0;
    return {
      syntaxError: `${e.message} near «${source.slice(Math.max(0, at - 40), at + 40)}»`,
      uses: [],
      badPatterns: [],
    };
  }
  const uses = new Set<string>();
  const badPatterns: string[] = [];
  const globals = new Set<string>(LACKING_GLOBALS);
  // Names declared anywhere in the script (minified code reuses short names; ours are long).
  const declared = new Set<string>();
  walk(ast, (node) => {
    if (
      node.type === "VariableDeclarator" ||
      node.type === "FunctionDeclaration" ||
      node.type === "FunctionExpression"
    ) {
      const id = node.id as AnyNode | null;
      if (id && id.type === "Identifier") declared.add(id.name as string);
    }
    if (node.type === "FunctionDeclaration" || node.type === "FunctionExpression")
      for (const p of node.params as AnyNode[]) if (p.type === "Identifier") declared.add(p.name as string);
    if (node.type === "CatchClause") {
      const param = node.param as AnyNode | null;
      if (param && param.type === "Identifier") declared.add(param.name as string);
    }
  });
  walk(ast, (node, ancestors) => {
    const parent = ancestors.length > 0 ? ancestors[ancestors.length - 1] : null;
    if (
      node.type === "Identifier" &&
      globals.has(node.name as string) &&
      !declared.has(node.name as string)
    ) {
      const name = node.name as string;
      const isProperty =
        parent !== null &&
        ((parent.type === "MemberExpression" && parent.property === node && !parent.computed) ||
          (parent.type === "Property" && parent.key === node));
      const isTypeof = parent !== null && parent.type === "UnaryExpression" && parent.operator === "typeof";
      if (!isProperty && !isTypeof && !guarded(name, ancestors, node)) uses.add(name);
    }
    if (node.type === "MemberExpression" && !node.computed) {
      const object = node.object as AnyNode;
      const property = (node.property as AnyNode).name as string;
      const owner = object.type === "Identifier" ? (object.name as string) : "";
      if (own(LACKING_STATICS, owner) && LACKING_STATICS[owner].includes(property)) {
        if (!guarded(`${owner}.${property}`, ancestors, node)) uses.add(`${owner}.${property}`);
      } else if (
        own(LACKING_METHODS, property) &&
        parent?.type === "CallExpression" &&
        parent.callee === node
      )
        uses.add(`.${property}`);
    }
    if (node.type === "MemberExpression" && node.computed) {
      const key = node.property as AnyNode;
      if (
        key.type === "Literal" &&
        typeof key.value === "string" &&
        own(LACKING_METHODS, key.value) &&
        parent?.type === "CallExpression" &&
        parent.callee === node
      )
        uses.add(`.${key.value}`);
    }
    if (
      (node.type === "NewExpression" || node.type === "CallExpression") &&
      (node.callee as AnyNode).type === "Identifier"
    ) {
      if ((node.callee as AnyNode).name !== "RegExp") return;
      const [pattern, flags] = node.arguments as AnyNode[];
      if (pattern?.type !== "Literal" || typeof pattern.value !== "string") return;
      const f = flags?.type === "Literal" && typeof flags.value === "string" ? flags.value : "";
      const problem = es5RegExpProblem(pattern.value, f);
      if (problem) badPatterns.push(`RegExp(${JSON.stringify(pattern.value)}, "${f}"): ${problem}`);
    }
  });
  return { syntaxError: null, uses: [...uses].sort(), badPatterns };
}

/** Whether a window has an API of the lists ("Promise", "Object.assign", ".padStart"). */
export function hasApi(window: Record<string, unknown>, api: string): boolean {
  const g = window as Record<string, Record<string, unknown> | undefined>;
  if (api.startsWith(".")) {
    const name = api.slice(1);
    return LACKING_METHODS[name].every((ctor) => {
      const proto = (g[ctor] as { prototype?: Record<string, unknown> } | undefined)?.prototype;
      return typeof proto?.[name] === "function";
    });
  }
  const [owner, member] = api.split(".");
  if (member === undefined) return g[owner] !== undefined;
  return g[owner]?.[member] !== undefined;
}

/**
 * Deletes from a jsdom window (evaluating in it) every API of the lists: what is left is, as far
 * as these go, what IE11 offers. `keep` spares some (e.g. what the test's own harness needs).
 */
export function stripTrident(window: { eval(code: string): unknown }, keep: string[] = []): void {
  const spare = new Set(keep);
  const lines: string[] = [];
  for (const name of LACKING_GLOBALS)
    if (!spare.has(name)) lines.push(`delete window[${JSON.stringify(name)}];`);
  for (const owner of Object.keys(LACKING_STATICS))
    for (const member of LACKING_STATICS[owner])
      if (!spare.has(`${owner}.${member}`))
        lines.push(`try { delete ${owner}[${JSON.stringify(member)}]; } catch (e) {}`);
  for (const method of Object.keys(LACKING_METHODS))
    for (const ctor of LACKING_METHODS[method])
      if (!spare.has(`.${method}`)) lines.push(`delete ${ctor}.prototype[${JSON.stringify(method)}];`);
  window.eval(lines.join("\n"));
}
