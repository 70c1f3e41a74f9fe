import { foldText } from '../detection/fold-text';
import type { TextRange } from '../detection/identifier-kind';
import type { KnownIdentifier } from './known-identifier';
import { nationalVariants } from './national-variants';
import type { ScrubKind } from './placeholder';
import { findCore, searchableText, searchCoreOf } from './searchable-text';

// Names are also hunted part by part: a caller who gave "Hans Müller" is "Herr Müller" in the text,
// and 김민수 is often just 민수 (Korean names: a one-syllable family name, then the given name).
function nameParts(name: string): string[] {
  const tokens = name.split(/\s+/u).filter((token) => token !== name);
  const givenName = /^\p{Script=Hangul}{3,4}$/u.test(name) ? [name.slice(1)] : [];
  return [...tokens, ...givenName];
}

function spellingsOf(known: KnownIdentifier): string[] {
  const folded = foldText(known.value).trim();
  const parts = known.kind === 'name' ? nameParts(folded) : [];
  const national = known.kind === 'phone' ? nationalVariants(folded) : [];
  return [folded, ...parts, ...national];
}

/** Where known identifiers occur in a text, however they were re-typed (separators, case, full-width forms). */
export function findKnownIdentifiers(text: string, known: readonly KnownIdentifier[]): Array<TextRange & { kind: ScrubKind }> {
  if (known.length === 0) return [];
  const searchable = searchableText(foldText(text));
  return known.flatMap((identifier) =>
    spellingsOf(identifier).flatMap((spelling) => {
      const core = searchCoreOf(spelling);
      return core === undefined ? [] : findCore(searchable, core).map((range) => ({ kind: identifier.kind, ...range }));
    }),
  );
}
