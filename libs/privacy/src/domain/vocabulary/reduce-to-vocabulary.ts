import { scrubSpans } from '../scrubbing/scrub-text';
import type { KnownIdentifier } from '../scrubbing/known-identifier';
import { boundToScanLength } from './bound-to-scan-length';
import type { DescriptionLanguage } from './description-language';
import type { VocabularyReducer } from './vocabulary-reducer';
import { vocabularyPlaceholder } from './vocabulary-placeholder';
import { reduceSegment, vocabularyReducerFor } from './vocabulary-reducer';

// Format characters (zero-width, bidi marks) never reach the segmenter: they would split or hide words.
const formatCharacters = /\p{Cf}/gu;
const escapedPlaceholder = vocabularyPlaceholder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const placeholderRuns = new RegExp(`${escapedPlaceholder}(?:\\s*${escapedPlaceholder})+`, 'gu');

function reduceWords(reducer: VocabularyReducer, text: string): string {
  let reduced = '';
  for (const segment of reducer.segmenter.segment(text)) reduced += reduceSegment(reducer, segment);
  return reduced;
}

// Placeholders already in the text stay as they are, so reducing twice changes nothing.
function reduceFree(reducer: VocabularyReducer, free: string): string {
  return free.split(vocabularyPlaceholder).map((piece) => reduceUnits(reducer, piece)).join(vocabularyPlaceholder);
}

// Numbers with an allowed unit are kept verbatim; the text between them is segmented and reduced.
function reduceUnits(reducer: VocabularyReducer, free: string): string {
  const text = free.normalize('NFKC').replace(formatCharacters, '');
  const pattern = reducer.unitPattern;
  if (pattern === undefined) return reduceWords(reducer, text);
  let reduced = '';
  let cursor = 0;
  for (const match of text.matchAll(pattern)) {
    reduced += reduceWords(reducer, text.slice(cursor, match.index)) + match[0];
    cursor = match.index + match[0].length;
  }
  return reduced + reduceWords(reducer, text.slice(cursor));
}

/**
 * `vocabulary` mode: the text (cut to the scan bound) keeping only words of the given languages' domain
 * vocabulary, plain punctuation and numbers with an allowed unit; every other token, and every
 * identifier the detectors or the known values find (even one spelt like a vocabulary word, "Park"),
 * becomes one placeholder, and runs of placeholders collapse into one. Reducing twice changes nothing.
 */
export function reduceToVocabulary(text: string, languages: readonly DescriptionLanguage[], known: readonly KnownIdentifier[]): string {
  const bounded = boundToScanLength(text);
  const reducer = vocabularyReducerFor(languages);
  let reduced = '';
  let cursor = 0;
  for (const span of scrubSpans(bounded, known)) {
    reduced += reduceFree(reducer, bounded.slice(cursor, span.start)) + vocabularyPlaceholder;
    cursor = span.end;
  }
  reduced += reduceFree(reducer, bounded.slice(cursor));
  return reduced.replace(placeholderRuns, vocabularyPlaceholder);
}
