// The word for passport (and its number) in each language of the mesh, then optional punctuation.
// Shapes too plain to stand alone (nine digits, a letter and eight characters) count only after it,
// and the cue is scrubbed with the number. CJK cues follow other words directly (`證件護照號碼`).
const cueWords = [
  '여권\\s?번호', '여권', '旅券番号', '旅券', 'パスポート番号', 'パスポート', '護照號碼', '護照号码', '護照',
  'Reisepassnummer', 'Reisepass-Nr\\.?', 'Reisepass', 'Passnummer', 'Pass-Nr\\.?',
  'n[úu]mero de pasaporte', 'pasaporte', 'n[úu]mero de passaport', 'passaport',
  'passport number', 'passport no\\.?', 'passport',
];

/** A regex source for a passport cue followed by separators. */
export const passportCue = String.raw`(?<![\p{Script=Latin}\p{N}])(?:${cueWords.join('|')})\s?(?:n[ºo°]\.?\s?|#\s?|No\.?\s?)?[:：]?\s?`;

/** Letters and digits never directly before or after an identifier of letters and digits. */
export const alnumBefore = String.raw`(?<![\p{L}\p{N}])`;
/** See alnumBefore. */
export const alnumAfter = String.raw`(?![\p{L}\p{N}])`;
