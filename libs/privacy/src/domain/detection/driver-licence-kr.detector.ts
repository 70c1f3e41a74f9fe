import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';

// Region (11-28) or its name, year, serial, check: 11-12-345678-90, 서울 12-345678-90. Separators are
// required: twelve plain digits are as likely a Japanese My Number or a German mobile number.
const regions = '서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산';
const licence = new RegExp(
  String.raw`(?<![\d-])(?:(?:1[1-9]|2[0-8])[ -]|(?:${regions}) ?)\d{2}[ -]\d{6}[ -]\d{2}(?!\d)`,
  'gu',
);

/** Korean driver's licence numbers. */
export const driverLicenceKrDetector: IdentifierDetector = {
  kind: 'driver-licence-kr',
  detect: (text: string): TextRange[] => findMatches(licence, text),
};
