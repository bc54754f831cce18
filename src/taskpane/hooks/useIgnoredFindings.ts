/**
 * The fingerprints of findings the user chose to ignore, kept with the document by the host.
 * Loaded once when the pane starts; every change is saved at once (one host call per click).
 * A read-only document cannot keep them: there they last for the session.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ReportHost } from "../../host/reportHost";

export interface IgnoredFindings {
  ignored: ReadonlySet<string>;
  /** The set once loaded (a check started before the load finishes waits for it). */
  whenLoaded: () => Promise<ReadonlySet<string>>;
  ignore: (fingerprint: string) => Promise<ReadonlySet<string>>;
  unignore: (fingerprint: string) => Promise<ReadonlySet<string>>;
}

const EMPTY: ReadonlySet<string> = new Set();

export function useIgnoredFindings(
  host: ReportHost,
  options: { readOnly: boolean; onError: (error: unknown) => void },
): IgnoredFindings {
  const { readOnly, onError } = options;
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(EMPTY);
  const current = useRef<ReadonlySet<string>>(EMPTY);
  const loading = useRef<Promise<void> | null>(null);

  const whenLoaded = useCallback((): Promise<ReadonlySet<string>> => {
    loading.current ??= host.loadIgnored().then(
      (list) => {
        current.current = new Set(list);
        setIgnored(current.current);
      },
      (error: unknown) => onError(error),
    );
    // The set as it is when asked (it changes with every 忽略), not as it was when loaded.
    return loading.current.then(() => current.current);
  }, [host, onError]);

  useEffect(() => {
    void whenLoaded();
  }, [whenLoaded]);

  const update = useCallback(
    async (change: (set: Set<string>) => void): Promise<ReadonlySet<string>> => {
      await whenLoaded();
      const next = new Set(current.current);
      change(next);
      current.current = next;
      setIgnored(next);
      if (!readOnly) {
        try {
          await host.saveIgnored([...next].sort());
        } catch (error) {
          onError(error);
        }
      }
      return next;
    },
    [host, readOnly, onError, whenLoaded],
  );

  const ignore = useCallback((fp: string) => update((set) => set.add(fp)), [update]);
  const unignore = useCallback((fp: string) => update((set) => set.delete(fp)), [update]);

  return { ignored, whenLoaded, ignore, unignore };
}
