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
  /** Whether a rule set, a person or a model made the label. */
  readonly kind: LabellerKind;
  /**
   * Rule set id for a rule; pseudonymous annotator id (the token subject) for a human; solution id for a model.
   * @privacy quasi
   */
  readonly id: string;
  /** Deprecated: read `version`. Kept for labels written before `version`; new model labels set both to the model version. */
  readonly modelVersion: string | null;
  /** Labeller version: the rule set version for a rule, the solution (model) version for a model; null for a human. */
  readonly version: string | null;
  /** Registered solution (validation registry) whose model made the label; null for a rule or a human. */
  readonly solutionId: string | null;
  /** The rule of the rule set that fired; null for a human or a model. */
  readonly ruleId: string | null;
}

/** Symbols of {@link LabellerKind}, in schema order. */
export const labellerKindSymbols = [
  'human',
  'model',
  'rule',
] as const;

/**
 * Whether a rule set, a person or a model made the label. A reader that does not know a later symbol reads it as `human`.
 * Avro: `mesh.labels.LabellerKind`.
 */
export type LabellerKind = (typeof labellerKindSymbols)[number];
