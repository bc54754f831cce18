/**
 * The last error of a host call, kept until the user dismisses it or the next action succeeds.
 * Stored as the error itself, so that it is shown in whatever language the pane is in.
 */
import { useCallback, useState } from "react";

export interface HostErrorState {
  error: unknown;
  hasError: boolean;
  report: (error: unknown) => void;
  dismiss: () => void;
}

export function useHostError(): HostErrorState {
  const [state, setState] = useState<{ error: unknown } | null>(null);
  const report = useCallback((error: unknown) => setState({ error }), []);
  const dismiss = useCallback(() => setState(null), []);
  return { error: state?.error, hasError: state !== null, report, dismiss };
}
