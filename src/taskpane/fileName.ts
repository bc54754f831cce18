/** The file name in a document's path or URL (`C:\报告\x.docx`, `https://…/x.docx?web=1`). */
export function fileNameOf(pathOrUrl: string | undefined | null): string | undefined {
  if (!pathOrUrl) return undefined;
  const path = pathOrUrl.replace(/[?#].*$/, "");
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  if (name === "") return undefined;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
