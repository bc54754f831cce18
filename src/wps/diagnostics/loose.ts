/**
 * Reaching into WPS where it may not have what the notes say: every member read or called by name,
 * nothing assumed. Only the diagnostics page works this way; the host uses the typed ./api.
 */
export type Loose = Record<string, unknown>;

export function isObject(value: unknown): value is Loose {
  return (typeof value === "object" || typeof value === "function") && value !== null;
}

/** `obj.a.b.c`, calling a member that this build made a zero-argument method; throws if missing. */
export function get(obj: unknown, path: string): unknown {
  let at: unknown = obj;
  for (const name of path.split(".")) {
    if (!isObject(at)) throw new Error(`${name}: no object to read it from`);
    const value = at[name];
    at = typeof value === "function" ? (value as () => unknown).call(at) : value;
  }
  return at;
}

export function call(obj: unknown, method: string, ...args: unknown[]): unknown {
  const at = method.lastIndexOf(".");
  const owner = at < 0 ? obj : get(obj, method.slice(0, at));
  const name = at < 0 ? method : method.slice(at + 1);
  if (!isObject(owner)) throw new Error(`${method}: no object`);
  const fn = owner[name];
  if (typeof fn !== "function") throw new Error(`${method} is not a function (${typeof fn})`);
  return (fn as (...a: unknown[]) => unknown).apply(owner, args);
}

export function has(obj: unknown, path: string): boolean {
  try {
    return get(obj, path) !== undefined;
  } catch {
    return false;
  }
}

export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The result of `run`, or the message of what it threw. */
export function attempt<T>(run: () => T): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error: message(error) };
  }
}

export function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: Math.round((performance.now() - start) * 10) / 10, value };
}
