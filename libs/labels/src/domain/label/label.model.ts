/** Who or what made a label: a rule set, a person (by pseudonym), or a registered solution's model. */
export const labellerKinds = ['rule', 'human', 'model'] as const;
export type LabellerKind = (typeof labellerKinds)[number];

/**
 * Where a label comes from. `labellerId` is the rule set id, the annotator's pseudonym (the token subject,
 * never a name) or the solution id; `labellerVersion` the rule set version or model version (null for a person).
 */
export interface LabelProvenance {
  readonly labellerKind: LabellerKind;
  readonly labellerId: string;
  readonly labellerVersion: string | null;
  /** 0 to 1. */
  readonly confidence: number;
  readonly guidelineVersion: string;
  /** UTC epoch millis. */
  readonly labelledAt: number;
}

/** A label on one anonymised event. */
export interface Label {
  readonly labelId: string;
  readonly eventId: string;
  readonly city: string;
  /** A term of the taxonomy (childCommuteTerms). */
  readonly label: string;
  readonly provenance: LabelProvenance;
}

/** A label as `safety.labels.v1` carries it: with the rule that fired (rule labels) or the solution (model labels). */
export type PublishedLabel = Label & { readonly ruleId: string | null; readonly solutionId: string | null };
