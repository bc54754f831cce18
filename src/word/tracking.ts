/**
 * Marks are formatting, not edits: they must not show up as tracked changes. Where Word lets the
 * add-in read and switch track changes (WordApi 1.4, `Document.changeTrackingMode`), a batch of
 * writes turns tracking off first and gives the user's mode back last, in the same round trip.
 * Below 1.4 it cannot; the host says so (`capabilities().marksMayBeTracked`) and the pane tells
 * the user that marks will appear as tracked formatting changes while tracking is on.
 */
import { supportsChangeTracking } from "./office";

export type TrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

/** Queues the load of the mode; after the sync, the function gives it (null below WordApi 1.4). */
export function queueTrackingMode(context: Word.RequestContext): () => TrackingMode | null {
  if (!supportsChangeTracking()) return () => null;
  const document = context.document;
  document.load("changeTrackingMode");
  return () => document.changeTrackingMode as TrackingMode;
}

/** Queues "tracking off" when it is on; returns whether it did (then `resumeTracking` must follow). */
export function pauseTracking(context: Word.RequestContext, mode: TrackingMode | null): boolean {
  if (mode === null || mode === "Off") return false;
  context.document.changeTrackingMode = "Off";
  return true;
}

/** Queues the user's mode back. */
export function resumeTracking(context: Word.RequestContext, mode: TrackingMode | null): void {
  if (mode !== null && mode !== "Off") context.document.changeTrackingMode = mode;
}
