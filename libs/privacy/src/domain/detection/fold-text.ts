// Full-width forms (common in Japanese and Chinese text), dash look-alikes and invisible characters
// would let an identifier slip past ASCII patterns. Every replacement is one UTF-16 unit for one, so
// ranges found in the folded copy are ranges of the original text. Full-width sentence punctuation
// (！，：；？) stays as it is: it never belongs to an identifier and ends a URL in CJK text.
const foldable = /[\uFF02-\uFF0B\uFF0D-\uFF19\uFF1C-\uFF1E\uFF20-\uFF5E\u3000\u2010-\u2015\u2212\u30FC\uFE58\uFE63\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** A copy of text, same length, with look-alike characters folded to ASCII for detection. */
export function foldText(text: string): string {
  return text.replace(foldable, fold);
}

function fold(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  // Zero-width characters become a separator so `010\u200B1234\u200B5678` still reads as a phone number.
  return '-';
}
