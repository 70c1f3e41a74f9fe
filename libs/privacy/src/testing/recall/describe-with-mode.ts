import type { GatedDescriptionMode } from '../../domain/recall/recall-thresholds';
import { scrubText } from '../../domain/scrubbing/scrub-text';
import { reduceToVocabulary } from '../../domain/vocabulary/reduce-to-vocabulary';
import type { RecallItem } from './recall-item';

/** The shareable form of an item's text in a mode, as the pipeline would write it (known values only where the event itself carries them). */
export function describeWithMode(mode: GatedDescriptionMode, item: RecallItem): string {
  return mode === 'scrub' ? scrubText(item.text, item.known) : reduceToVocabulary(item.text, [item.language], item.known);
}
