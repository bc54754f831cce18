/**
 * Taking the user to a finding on WordApi 1.1: a cell through its first paragraph, a paragraph by
 * its place in `body.paragraphs` (then the quoted excerpt within it, when Word finds it). Proxies
 * do not survive between `Word.run`s and 1.1 has no `getFirst()`, so the paragraphs are loaded
 * (their texts, which also prove the target is still the one meant): 2 round trips, 3 with an
 * excerpt.
 */
import { notFoundError } from "../../host/errors";
import { HostError } from "../../host/reportHost";
import { searchTextFor } from "../select";
import { comparable } from "./alignment";
import type { BodySnapshot } from "./readBody";

export const staleError = (): HostError =>
  new HostError(
    "stale",
    "文档自检查后已修改，找不到原来的位置：请重新检查。",
    "The document changed since the check and the place cannot be found again: check again.",
  );

/**
 * Selects Word's paragraph `word`, which must still read as `expected` (the model's text);
 * then, when `excerpt` is given, the excerpt within it.
 */
export async function selectWordParagraph(
  context: Word.RequestContext,
  snapshot: BodySnapshot,
  word: number,
  expected: string,
  excerpt?: string,
): Promise<void> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  await context.sync();
  const paragraph = paragraphs.items[word];
  if (paragraph === undefined) throw notFoundError(`Paragraph ${word + 1}`, `第 ${word + 1} 段`);
  if (paragraphs.items.length !== snapshot.wordTexts.length || comparable(paragraph.text) !== expected)
    throw staleError();
  paragraph.select();
  const search = excerpt === undefined ? null : searchTextFor(excerpt, paragraph.text);
  if (search === null) {
    await context.sync();
    return;
  }
  const found = paragraph.search(search, { matchCase: true });
  found.load("items/text");
  await context.sync();
  if (found.items.length > 0) {
    found.items[0].select();
    await context.sync();
  }
}
