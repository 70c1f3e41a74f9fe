/** Where a record sits in its source: enough to find it again in the source city. */
export interface SourcePosition {
  readonly city: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

/** A decoded anonymised event as the snapshot reader hands it to the domain. */
export interface SourceEvent {
  readonly position: SourcePosition;
  readonly eventId: string;
  readonly city: string;
  readonly sourceKind: string;
  readonly category: string;
  readonly subCategory: string;
  readonly severity: string;
  readonly occurredAtBucketStart: number;
  readonly bucketWidthMinutes: number;
  readonly h3Cell: string;
  readonly h3Resolution: number;
  readonly district: string | null;
  readonly ageBand: string | null;
  /** Never written to artifacts; only the subject index reads it. */
  readonly reporterPseudonym: string | null;
  readonly policyVersion: string;
}

export type LabellerKind = 'human' | 'model' | 'rule';

export interface SourceLabel {
  readonly position: SourcePosition;
  readonly labelId: string;
  readonly eventId: string;
  readonly label: string;
  readonly confidence: number;
  readonly labellerKind: LabellerKind;
  readonly labelledAt: number;
  readonly guidelineVersion: string;
}
