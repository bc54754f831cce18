/**
 * Short feedback after an action (已复制, 已清除标记 …): shown in a message bar and announced in
 * the live region. Kept as a function of the strings so that a language switch re-words it.
 */
import { useCallback, useState } from "react";
import type { Strings } from "../strings";

export interface Feedback {
  intent: "success" | "info" | "warning";
  text: (s: Strings) => string;
  /** Bumped on every message, so that the same words twice are announced twice. */
  serial: number;
}

export interface FeedbackState {
  feedback: Feedback | null;
  show: (intent: Feedback["intent"], text: (s: Strings) => string) => void;
  clear: () => void;
}

export function useFeedback(): FeedbackState {
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const show = useCallback(
    (intent: Feedback["intent"], text: (s: Strings) => string) =>
      setFeedback((prev) => ({ intent, text, serial: (prev?.serial ?? 0) + 1 })),
    [],
  );
  const clear = useCallback(() => setFeedback(null), []);
  return { feedback, show, clear };
}
