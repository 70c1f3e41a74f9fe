import { luhnCheckDigit } from '../../domain/detection/luhn';
import type { SeededRandom } from '../seeded-random';
import type { CorpusFormat } from './corpus-identifier';
import { withLanguages } from './format-languages';

const pad = (value: number): string => String(value).padStart(2, '0');

function birthDate(r: SeededRandom): string {
  return `${pad(r.int(0, 99))}${pad(r.int(1, 12))}${pad(r.int(1, 28))}`;
}

function cardNumber(r: SeededRandom, prefix: string, length: number): string {
  const payload = `${prefix}${r.digits(length - prefix.length - 1)}`;
  return `${payload}${luhnCheckDigit(payload)}`;
}

const grouped = (digits: string, sizes: readonly number[], separator: string): string => {
  let at = 0;
  return sizes.map((size) => digits.slice(at, (at += size))).join(separator);
};

/** Korean resident registration numbers (synthetic: random serials, no real person). */
export const rrnFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'dashed', region: 'kr', make: (r) => `${birthDate(r)}-${r.int(1, 4)}${r.digits(6)}` },
  { format: 'plain', region: 'kr', make: (r) => `${birthDate(r)}${r.int(1, 4)}${r.digits(6)}` },
  { format: 'masked', region: 'kr', make: (r) => `${birthDate(r)}-${r.int(1, 4)}******` },
]);

/** Luhn-valid card numbers in the groupings printed on cards and receipts. */
export const cardFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'visa-spaced', region: 'intl', make: (r) => grouped(cardNumber(r, '4', 16), [4, 4, 4, 4], ' ') },
  { format: 'mastercard-dashed', region: 'intl', make: (r) => grouped(cardNumber(r, `5${r.int(1, 5)}`, 16), [4, 4, 4, 4], '-') },
  { format: 'amex', region: 'intl', make: (r) => grouped(cardNumber(r, r.pick(['34', '37']), 15), [4, 6, 5], ' ') },
  { format: 'plain-16', region: 'intl', make: (r) => cardNumber(r, '4', 16) },
  { format: 'unionpay-19', region: 'cn', make: (r) => grouped(cardNumber(r, '62', 19), [4, 4, 4, 4, 3], ' ') },
  { format: 'visa-13', region: 'intl', make: (r) => cardNumber(r, '4', 13) },
]);

const locals = ['minsu.kim', 'seoyeon_lee', 'hans.mueller', 'anna-schmidt', 'maria.garcia', 'jordi.puig', 'yuki.tanaka', 'wei.chen', 'john.smith'];
const domains = ['example.com', 'example.org', 'example.net', 'mail.example.co.kr', 'stadt.example.de'];

/** E-mail addresses under reserved example domains. */
export const emailFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'plain', region: 'intl', make: (r) => `${r.pick(locals)}${r.int(1, 999)}@${r.pick(domains)}` },
  { format: 'tagged', region: 'intl', make: (r) => `${r.pick(locals)}+report${r.int(1, 99)}@${r.pick(domains)}` },
  { format: 'mixed-case', region: 'intl', make: (r) => `${r.pick(locals).toUpperCase()}${r.int(1, 99)}@Example.COM` },
  { format: 'obfuscated', region: 'intl', make: (r) => `${r.pick(locals)}${r.int(1, 99)} [at] example [dot] org` },
]);

const koreanFamily = ['김', '이', '박', '최', '정'];
const koreanGiven = ['민수', '서연', '지훈', '유진', '하늘'];
const latinGiven = ['Hans', 'Anna', 'María', 'Jordi', 'John', 'Emily'];
const latinFamily = ['Müller', 'Schmidt', 'García López', 'Puig', 'Smith', 'Clark'];

/** Personal names as written without any cue (cues are added by the sentences that hold them). */
export const nameFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'korean', region: 'kr', make: (r) => `${r.pick(koreanFamily)}${r.pick(koreanGiven)}` },
  { format: 'latin', region: 'intl', make: (r) => `${r.pick(latinGiven)} ${r.pick(latinFamily)}` },
  { format: 'japanese', region: 'jp', make: (r) => `${r.pick(['田中', '佐藤', '鈴木'])} ${r.pick(['裕子', '健', '陽菜'])}` },
  { format: 'chinese', region: 'tw', make: (r) => `${r.pick(['陳', '林', '黃'])}${r.pick(['怡君', '志明', '淑芬'])}` },
  { format: 'romanised-korean', region: 'kr', languages: ['en', 'de', 'es', 'ca', 'ko'], make: (r) => `${r.pick(['Kim', 'Park', 'Lee', 'Choi'])} ${r.pick(['Min-su', 'Ji-hoon', 'Seo-yeon', 'Jihoon'])}` },
  { format: 'double-surname', region: 'es', make: (r) => `${r.pick(['Marc', 'Núria', 'Jordi', 'Carmen'])} ${r.pick(['García', 'Puig', 'Ferrer'])} ${r.pick(['López', 'Vidal', 'Soler'])}` },
  { format: 'japanese-compact', region: 'jp', make: (r) => `${r.pick(['山田', '高橋', '中村'])}${r.pick(['太郎', '花子', '翔太'])}` },
]);

/** Personal device ids: IMEIs (Luhn-valid), vendor serials, advertising ids. */
export const deviceIdFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'imei', region: 'intl', make: (r) => cardNumber(r, '35', 15) },
  { format: 'imei-dashed', region: 'intl', make: (r) => grouped(cardNumber(r, '35', 15), [2, 6, 6, 1], '-') },
  { format: 'serial', region: 'intl', make: (r) => `SN-${r.chars('0123456789ABCDEF', 10)}` },
  { format: 'advertising-id', region: 'intl', make: (r) => `${r.chars('0123456789abcdef', 8)}-${r.chars('0123456789abcdef', 4)}-4${r.chars('0123456789abcdef', 3)}` },
]);
