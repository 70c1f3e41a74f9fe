// Marks are stripped only after a Latin letter: Hangul and kana keep their composition (ジ is not シ).
const latinMarks = /([A-Za-z])\p{M}+/gu;
const separators = /[\s\p{Pd}'’‘.,·・_()]+/gu;

/**
 * The form two spellings of one place name share: NFKC, Latin accents removed, `ß` as `ss`, lower case,
 * without spaces, dashes, apostrophes or dots. `Sants-Montjuïc`, `sants montjuic` and `SANTS–MONTJUÏC` agree.
 */
export function placeNameKey(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(latinMarks, '$1')
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(separators, '');
}
