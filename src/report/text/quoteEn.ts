/**
 * Chinese words inside English text — a label as written in the document, a quoted sentence, a
 * unit — stand in ASCII double quotes: English output uses ASCII punctuation only, and the quotes
 * keep the Chinese words (with their own full-width punctuation) apart from the English around them.
 */
export function quoteEn(text: string): string {
  return `"${text}"`;
}
