import type { CorpusKind } from '../corpus/corpus-identifier';
import type { KnownIdentifier } from '../../domain/scrubbing/known-identifier';
import type { DescriptionLanguage } from '../../domain/vocabulary/description-language';

/** One sentence of the recall corpus. */
export interface RecallItem {
  readonly language: DescriptionLanguage;
  readonly kind: CorpusKind;
  readonly format: string;
  /** The obfuscation applied (`none`, a value transform, or `nfd` for the whole sentence). */
  readonly obfuscation: string;
  readonly text: string;
  /** The identifier as written and as generated: none of them may survive. */
  readonly values: readonly string[];
  /** Values the raw event itself carries (device ids live only in structured fields): hunted in its text. */
  readonly known: readonly KnownIdentifier[];
  /** Ordinary words in the sentence that must survive (precision). */
  readonly probes: readonly string[];
}
