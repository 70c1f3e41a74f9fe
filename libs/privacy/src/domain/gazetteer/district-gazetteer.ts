/** One administrative district: its canonical id (the only form that is shared) and every accepted spelling. */
export interface DistrictEntry {
  readonly id: string;
  readonly spellings: readonly string[];
}

/** A city's closed list of districts. */
export interface DistrictGazetteer {
  readonly city: string;
  readonly districts: readonly DistrictEntry[];
}

/** A Korean gu or gun: Hangul and romanised, with and without the suffix (a one-syllable Hangul stem is too ambiguous alone). */
export function koreanDistrict(id: string, hangul: string, ...aliases: string[]): DistrictEntry {
  const stem = hangul.slice(0, -1);
  const romanStem = id.replace(/-(?:gu|gun)$/, '');
  const suffix = id.slice(romanStem.length + 1);
  return { id, spellings: [hangul, ...(stem.length >= 2 ? [stem] : []), id, `${romanStem}${suffix}`, romanStem, ...aliases] };
}

/** An Osaka ku: kanji and romaji, with and without the suffix, and `Ward`. */
export function japaneseWard(romaji: string, kanji: string, ...aliases: string[]): DistrictEntry {
  const stem = kanji.slice(0, -1);
  return { id: `${romaji}-ku`, spellings: [kanji, ...(stem.length >= 2 ? [stem] : []), `${romaji}-ku`, romaji, `${romaji} Ward`, ...aliases] };
}

/** A Kaohsiung district: Traditional and Simplified suffix, with and without it, and pinyin. */
export function taiwaneseDistrict(pinyin: string, hanzi: string, ...aliases: string[]): DistrictEntry {
  return { id: pinyin, spellings: [`${hanzi}區`, `${hanzi}区`, hanzi, pinyin, `${pinyin} District`, ...aliases] };
}
