const formatCharacter = /\p{Cf}/u;
const decimalDigit = /\p{Nd}/u;
// Dash look-alikes NFKC leaves alone (hyphens, minus sign, small and full-width hyphen-minus forms).
const dashes = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63']);
// Full-width sentence punctuation (！，：；？) stays as it is: it never belongs to an identifier, and it
// ends a link or an e-mail address in CJK text where its ASCII form would not.
const keptPunctuation = new Set(['\uFF01', '\uFF0C', '\uFF1A', '\uFF1B', '\uFF1F']);
const cache = new Map<string, string>();

// Decimal digits come in runs of ten from zero; NFKC already folds the runs that sit side by side
// (mathematical, segmented), so the position in the run is the digit's value.
function asciiDigit(codePoint: number): string {
  let value = 0;
  while (value < 9 && decimalDigit.test(String.fromCodePoint(codePoint - value - 1))) value += 1;
  return String(value);
}

function mapCodePoint(char: string): string {
  if (formatCharacter.test(char)) return '';
  if (dashes.has(char)) return '-';
  const codePoint = char.codePointAt(0) ?? 0;
  return codePoint > 0x7f && decimalDigit.test(char) ? asciiDigit(codePoint) : char;
}

/**
 * A base character with its combining marks, NFKC-normalised, without format characters (zero-width,
 * bidi marks, soft hyphen), with every decimal digit in ASCII and dash look-alikes as `-`.
 */
export function mapCluster(cluster: string): string {
  const cached = cache.get(cluster);
  if (cached !== undefined) return cached;
  let mapped = '';
  if (keptPunctuation.has(cluster)) return cluster;
  for (const char of cluster.normalize('NFKC')) mapped += mapCodePoint(char);
  // Single characters repeat; clusters with marks are rarer, and the cache stays bounded by them.
  if (cache.size < 65_536) cache.set(cluster, mapped);
  return mapped;
}
