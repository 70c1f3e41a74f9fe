import { createPatternAutomaton } from '../detection/aho-corasick';
import type { TextRange } from '../detection/identifier-kind';
import { normaliseText, originalRangeOf } from '../detection/normalise/normalise-text';
import type { KnownIdentifier } from './known-identifier';
import { nationalVariants } from './national-variants';
import type { ScrubKind } from './placeholder';
import { occurrenceAt, searchableText, searchCoreOf } from './searchable-text';

const whitespace = /\s+/u;
const hangulName = /^\p{Script=Hangul}{3,4}$/u;

// Names are also hunted part by part: a caller who gave "Hans Müller" is "Herr Müller" in the text,
// and 김민수 is often just 민수 (Korean names: a one-syllable family name, then the given name).
function nameParts(name: string): string[] {
  const tokens = name.split(whitespace).filter((token) => token !== name);
  const givenName = hangulName.test(name) ? [name.slice(1)] : [];
  return [...tokens, ...givenName];
}

function spellingsOf(known: KnownIdentifier): string[] {
  const normalised = normaliseText(known.value).text.trim();
  const parts = known.kind === 'name' ? nameParts(normalised) : [];
  const national = known.kind === 'phone' ? nationalVariants(normalised) : [];
  return [normalised, ...parts, ...national];
}

const minimumCoreLength = 2;

interface Needle {
  readonly kind: ScrubKind;
  readonly core: string;
}

/**
 * Where known identifiers occur in a text, however they were re-typed (separators, case, full-width or
 * other-script digits): every spelling of every value goes into one automaton, and the text is read once.
 */
export function findKnownIdentifiers(text: string, known: readonly KnownIdentifier[]): Array<TextRange & { kind: ScrubKind }> {
  if (known.length === 0) return [];
  const normalised = normaliseText(text);
  const searchable = searchableText(normalised.text);
  // No searchable value is shorter than two characters: a shorter text is not worth compiling the values for.
  if (searchable.reduced.length < minimumCoreLength) return [];
  const needles: Needle[] = known.flatMap((identifier) =>
    spellingsOf(identifier).flatMap((spelling) => {
      const core = searchCoreOf(spelling);
      return core === undefined ? [] : [{ kind: identifier.kind, core }];
    }),
  );
  if (needles.length === 0) return [];
  return createPatternAutomaton(needles.map((needle) => needle.core))
    .scan(searchable.reduced)
    .flatMap((hit) => {
      const needle = needles[hit.pattern] as Needle;
      const range = occurrenceAt(searchable, hit.start, needle.core);
      return range === undefined ? [] : [{ kind: needle.kind, ...originalRangeOf(normalised, range) }];
    });
}
