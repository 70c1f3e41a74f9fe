/** One MirrorMaker 2 flow: the source city's topics that go to one partner city. */
export interface ReplicationFlow {
  readonly source: string;
  readonly target: string;
  /** Exact topic names on the source cluster, sorted; they arrive as `<source>.<topic>`. */
  readonly topics: readonly string[];
}

/** What the federation needs of an agreement: who receives which topics, and whether it is in force. */
export interface SharingAgreement {
  readonly agreementId: string;
  readonly partner: string;
  readonly partnerKind: 'city' | 'company';
  readonly topics: readonly string[];
  readonly status: 'active' | 'suspended' | 'terminated' | 'draft' | 'proposed';
  /** End of the validity period (exclusive), UTC epoch millis; null or absent when open-ended. */
  readonly validUntil?: number | null;
}

/** A topic as the federation sees it: shareable or not, and the schema's `direct` fields. */
export interface ReplicableTopic {
  readonly name: string;
  readonly shareable: boolean;
  readonly directFields: readonly string[];
  /** Catalog names of the topics that travel with this one: shared wherever it is, even if an agreement does not name them. */
  readonly followers?: readonly string[];
}
