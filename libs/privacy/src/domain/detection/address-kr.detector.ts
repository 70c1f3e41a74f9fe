import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches, matchIf } from './find-matches';

// Optional administrative parts (인천광역시 연수구 송도동), then a road name ending in 로, 대로 or 길
// (with its 번길 branch) and the building number (123, 45-6), or a 동/리/가 with a lot number and 번지
// or a dashed lot number. Units after the number (3km, 2차선, 10분) mean it was no address.
const region = String.raw`(?:[가-힣]{1,8}(?:특별시|광역시|특별자치시|특별자치도|시|도|군|구|읍|면)\s?){0,3}`;
const road = String.raw`[가-힣\d]{1,12}(?:대로|로|길)(?:\s?\d{1,4}(?:번길|가길|길))?`;
const number = String.raw`\d{1,4}(?:-\d{1,4})?(?:번지)?`;
// Units and counters written right after the number (3km, 10분, 2차선); a unit after a space stays
// ambiguous and is scrubbed with the address rather than let an address through.
const notUnit = String.raw`(?![\d.]|(?:km|m)(?![A-Za-z])|(?:%|미터|킬로|분|초|시|명|대|개|번째|차선|층|원))`;
const roadAddress = new RegExp(String.raw`(?<![가-힣])${region}${road}\s?${number}${notUnit}`, 'gu');
const lotAddress = new RegExp(
  String.raw`(?<![가-힣])${region}[가-힣\d]{1,8}(?:동|리|가)\s?\d{1,4}(?:-\d{1,4}\s?(?:번지)?|\s?번지)${notUnit}`,
  'gu',
);
// Words ending in 로 that are no road: 도로 (road), 차로 (lane), 진로, 경로, 통로, 선로, 항로, 수로.
const genericRoad = /(?:^|\s)(?:고속)?(?:도로|차로|진로|경로|통로|선로|항로|수로|대로|철로)\s?\d/u;

/** Korean road-name (`인하로 100`, `경인로229번길 12`) and lot-number (`송도동 123-4번지`) addresses. */
export const addressKrDetector: IdentifierDetector = {
  kind: 'address-kr',
  detect: (text: string): TextRange[] => [
    ...findMatches(roadAddress, text, matchIf((match) => !genericRoad.test(match[0]))),
    ...findMatches(lotAddress, text),
  ],
};
