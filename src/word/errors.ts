/**
 * Word's errors in the pane's terms: a HostError with a Chinese message and Word's own words. The
 * refusals every host shares (read-only, not found, unaddressable) are in ../host/errors.
 */
import { HostError } from "../host/reportHost";

/** The document changed since the check and the cell cannot be found again for certain. */
export const staleError = (): HostError =>
  new HostError("stale", "文档已修改，请重新检查", "The document changed since the check: check it again.");

/** Word's error object (`OfficeExtension.Error`), or one that looks like it. */
interface OfficeErrorLike {
  code: string;
  message: string;
}

function isOfficeError(error: unknown): error is OfficeErrorLike {
  if (typeof OfficeExtension !== "undefined" && error instanceof OfficeExtension.Error) return true;
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string" &&
    "debugInfo" in error
  );
}

/** Any error from a Word batch → HostError (our own HostErrors pass through; bugs stay bugs). */
export function toHostError(error: unknown): unknown {
  if (error instanceof HostError || !isOfficeError(error)) return error;
  const english = `Word: ${error.message} (${error.code})`;
  switch (error.code) {
    case "ItemNotFound":
      return new HostError(
        "not_found",
        `Word 找不到要操作的内容，文档可能已修改，请重新检查。（${error.code}）`,
        english,
      );
    case "AccessDenied":
      return new HostError(
        "read_only",
        `Word 拒绝修改文档（文档可能受保护或为只读）。（${error.code}）`,
        english,
      );
    default:
      return new HostError("host", `Word 返回错误：${error.message}（${error.code}）`, english);
  }
}

/** `Word.run`, with Word's errors turned into HostErrors (every host batch runs through it). */
export async function runWord<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(batch);
  } catch (error) {
    throw toHostError(error);
  }
}
