import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findNamesByCue } from './names/name-by-cue';
import { findNamesByDictionary } from './names/name-by-dictionary';

/** Personal names: announced by a role word or an honorific, or known to surname and given-name dictionaries. */
export const personNameDetector: IdentifierDetector = {
  kind: 'name',
  detect: (text: string): TextRange[] => [...findNamesByCue(text), ...findNamesByDictionary(text)],
};
