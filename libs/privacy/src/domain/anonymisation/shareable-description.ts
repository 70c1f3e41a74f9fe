import type { PrivacyPolicy } from '../policy/privacy-policy';
import type { KnownIdentifier } from '../scrubbing/known-identifier';
import { scrubText } from '../scrubbing/scrub-text';
import { boundToScanLength } from '../vocabulary/bound-to-scan-length';
import { reduceToVocabulary } from '../vocabulary/reduce-to-vocabulary';

/**
 * The description as the policy lets it cross: nothing (`drop`), only domain vocabulary (`vocabulary`) or
 * scrubbed (`scrub`), cut to the policy's free-text length first so the detectors' work stays bounded.
 */
export function shareableDescription(text: string | null, policy: PrivacyPolicy, known: readonly KnownIdentifier[]): string | null {
  const mode = policy.fields.description;
  if (text === null || mode === 'drop') return null;
  const { languages, maxLength } = policy.freeText;
  const bounded = boundToScanLength(text, maxLength);
  switch (mode) {
    case 'vocabulary':
      return reduceToVocabulary(bounded, languages, known);
    case 'scrub':
      return scrubText(bounded, known, { maxScanLength: maxLength });
    default: {
      const unknownMode: never = mode;
      return unknownMode;
    }
  }
}
