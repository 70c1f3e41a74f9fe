// Generated from schemas/labels/SafetyLabel.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/**
 * A label on an anonymised safety event, with its provenance. Topic safety.labels.v1, key = the labelled eventId. Shareable, so no `direct` field; human labellers appear only by pseudonymous id.
 * Avro: `mesh.labels.SafetyLabel`.
 */
export interface SafetyLabel {
  /**
   * Unique id of this label (UUID).
   * Avro logical type: uuid.
   */
  readonly labelId: string;
  /**
   * Id of the anonymised event the label is on.
   * Avro logical type: uuid.
   */
  readonly eventId: string;
  /** Id of the city node where the label was made. */
  readonly city: string;
  /** The label, a value of the labelling guideline's taxonomy (e.g. `confirmedIncident`, `falseAlarm`). */
  readonly label: string;
  /** Confidence in the label, 0 to 1; 1 for a human decision unless the guideline says otherwise. */
  readonly confidence: number;
  /** Who or what made the label. */
  readonly labeller: Labeller;
  /**
   * When the label was made, UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly labelledAt: number;
  /** Version of the labelling guideline the label follows. */
  readonly guidelineVersion: string;
}

/**
 * Provenance of a label.
 * Avro: `mesh.labels.Labeller`.
 */
export interface Labeller {
  /** Whether a person or a model made the label. */
  readonly kind: LabellerKind;
  /**
   * Pseudonymous annotator id for a human; model name for a model.
   * @privacy quasi
   */
  readonly id: string;
  /** Model version for a model labeller; null for a human. */
  readonly modelVersion: string | null;
}

/** Symbols of {@link LabellerKind}, in schema order. */
export const labellerKindSymbols = [
  'human',
  'model',
] as const;

/**
 * Whether a person or a model made the label.
 * Avro: `mesh.labels.LabellerKind`.
 */
export type LabellerKind = (typeof labellerKindSymbols)[number];
