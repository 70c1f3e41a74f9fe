import type { CorpusKind } from '../corpus/corpus-identifier';

/** One way people re-type an identifier; `apply` returns undefined when the value does not have the shape. */
export interface Obfuscation {
  readonly name: string;
  readonly kinds?: readonly CorpusKind[];
  apply(value: string, format: string): string | undefined;
}

const digitsIn = (value: string): number => (value.match(/\d/g) ?? []).length;
const mapDigits = (value: string, zero: number): string => value.replace(/\d/g, (digit) => String.fromCodePoint(zero + Number(digit)));
const insideNumber = (value: string, mark: string): string | undefined => {
  const at = value.search(/\d\d/);
  return at < 0 ? undefined : `${value.slice(0, at + 1)}${mark}${value.slice(at + 1)}`;
};
const when = (condition: boolean, value: string): string | undefined => (condition ? value : undefined);

const romanSyllables: Readonly<Record<string, string>> = {
  김: 'Kim', 이: 'Lee', 박: 'Park', 최: 'Choi', 정: 'Jung', 민: 'min', 수: 'su', 서: 'seo', 연: 'yeon', 지: 'ji', 훈: 'hoon', 유: 'yu', 진: 'jin', 하: 'ha', 늘: 'neul',
};
function romanisedKorean(value: string): string | undefined {
  const [family, ...given] = Array.from(value).map((syllable) => romanSyllables[syllable]);
  if (family === undefined || given.length === 0 || given.some((part) => part === undefined)) return undefined;
  const name = given.join('-');
  return `${family} ${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** The obfuscations of the issue, each applied only to values of a shape it fits. */
export const obfuscations: readonly Obfuscation[] = [
  { name: 'double-separator', apply: (v) => when(/\d[ -]\d/.test(v), v.replace(/(\d)([ -])(?=\d)/g, '$1$2$2')) },
  { name: 'zero-width', apply: (v) => insideNumber(v, '\u200b') },
  { name: 'bidi-mark', apply: (v) => insideNumber(v, '\u200f') },
  { name: 'arabic-indic-digits', apply: (v) => when(digitsIn(v) >= 4, mapDigits(v, 0x0660)) },
  { name: 'math-bold-digits', apply: (v) => when(digitsIn(v) >= 4, mapDigits(v, 0x1d7ce)) },
  { name: 'fullwidth-digits', apply: (v) => when(digitsIn(v) >= 4, mapDigits(v, 0xff10)) },
  { name: 'international-without-plus', kinds: ['phone'], apply: (v) => when(v.startsWith('+'), v.slice(1)) },
  { name: 'parenthesised-area', kinds: ['phone'], apply: (v) => when(/^0\d0-\d{4}-\d{4}$/.test(v), v.replace(/^(\d{3})-(\d{4})-/, '$1($2)')) },
  { name: 'rrn-underscore', kinds: ['rrn', 'foreigner-rrn'], apply: (v) => when(v.includes('-'), v.replace('-', '_')) },
  { name: 'rrn-dot', kinds: ['rrn', 'foreigner-rrn'], apply: (v) => when(v.includes('-'), v.replace('-', '.')) },
  { name: 'rrn-double-space', kinds: ['rrn', 'foreigner-rrn'], apply: (v) => when(v.includes('-'), v.replace('-', '  ')) },
  { name: 'card-double-space', kinds: ['card'], apply: (v) => when(v.includes(' '), v.replace(/ /g, '  ')) },
  { name: 'plate-lower-case', kinds: ['plate'], apply: (v) => when(/[A-Z]/.test(v), v.toLowerCase()) },
  { name: 'plate-no-dash', kinds: ['plate'], apply: (v) => when(v.includes('-'), v.replace(/-/g, ' ')) },
  { name: 'email-in-words', kinds: ['email'], apply: (v) => when(/^[^@\s]+@[^@\s]+$/.test(v), v.replace('@', ' at ').replace(/\.(?=[a-z]+$)/i, ' dot ')) },
  { name: 'given-name-only', kinds: ['name'], apply: (v, f) => when(f === 'japanese-compact', Array.from(v).slice(2).join('')) },
  { name: 'romanised-korean', kinds: ['name'], apply: (v, f) => (f === 'korean' ? romanisedKorean(v) : undefined) },
];
