/** The words of one language that carry no identity and may cross in `vocabulary` mode. Pure data. */
export interface LanguageVocabulary {
  /** Domain and function words, lower-case, NFKC. */
  readonly words: readonly string[];
  /** Units a number may be followed by (`km/h`, `명`, `分`); a number without one is replaced. */
  readonly units: readonly string[];
  /** Particles and endings stripped (at most twice) before a word is looked up, e.g. Korean `에서`. */
  readonly suffixes: readonly string[];
}
