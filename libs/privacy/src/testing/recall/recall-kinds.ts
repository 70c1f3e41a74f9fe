import type { CorpusFormat, CorpusKind } from '../corpus/corpus-identifier';
import { corpusKinds, corpusRegistry } from '../corpus/corpus-registry';
import type { SentenceSlot } from '../corpus/sentence-slot';

/** A corpus kind as the recall corpus sees it: its formats and the sentence slots it fits. */
export interface RecallKind {
  readonly kind: CorpusKind;
  readonly formats: readonly CorpusFormat[];
  readonly slots: readonly SentenceSlot[];
}

/** Every kind of the identifier corpus registry (the one place to switch corpus source). */
export const recallKinds: readonly RecallKind[] = corpusKinds.map((kind) => ({ kind, ...corpusRegistry[kind] }));
