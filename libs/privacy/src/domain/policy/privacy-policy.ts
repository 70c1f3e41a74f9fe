import type { LegalBasis } from '../contract/safety-event-enums';
import type { GatedPurpose } from '../release/gated-purpose';
import type { DescriptionLanguage } from '../vocabulary/description-language';
import type { AttributeDeclarations } from './attribute-rule';
import type { FieldActions } from './field-actions';

/** Where the pseudonymisation secret comes from; the secret itself is never in the policy. */
export type SecretSource = { readonly env: string } | { readonly file: string };

/** Keyed pseudonymisation settings. */
export interface PseudonymisationSettings {
  readonly algorithm: 'hmac-sha256';
  readonly keyId: string;
  readonly secret: SecretSource;
  /** Country calling code used to write national phone numbers in E.164 before pseudonymising, e.g. `82`. */
  readonly phoneCountryCode: string | null;
}

/** Age bands of `width` years (`30-39`), with one open band from `openFrom` (`80+`). */
export interface AgeBandSettings {
  readonly width: number;
  readonly openFrom: number;
}

/** How time, place and age are generalised. */
export interface GeneralisationSettings {
  readonly h3Resolution: number;
  readonly timeBucketMinutes: number;
  readonly ageBands: AgeBandSettings;
}

/** Languages and length bound of free text kept in `vocabulary` or `scrub` mode. */
export interface FreeTextSettings {
  /** Languages the city's free text is written in; each must pass the recall gate of the chosen mode. */
  readonly languages: readonly DescriptionLanguage[];
  /** Characters (UTF-16 units) kept at most: longer text is cut before detection, which bounds its work. */
  readonly maxLength: number;
}

/** Bounds of the raw event rules that depend on the node (see rawEventRuleViolations in @usm/contracts). */
export interface RawEventBounds {
  /** How far ahead of the node's clock an event's times may be. */
  readonly maxClockSkewMs: number;
  /** How long before it was reported an event may have occurred. */
  readonly maxReportDelayMs: number;
}

/** A city's validated privacy policy: what happens to each tagged field, and who may use the result for what. */
export interface PrivacyPolicy {
  readonly version: string;
  readonly city: string | null;
  readonly pseudonymisation: PseudonymisationSettings;
  readonly generalisation: GeneralisationSettings;
  readonly fields: FieldActions;
  readonly freeText: FreeTextSettings;
  readonly rawEvents: RawEventBounds;
  /** Attribute keys kept per source kind, with their value rules (when fields.attributes is `declared`). */
  readonly attributes: AttributeDeclarations;
  /** Legal bases that allow each gated purpose; a basis not listed keeps the event local. */
  readonly legalBasisGate: Readonly<Record<GatedPurpose, readonly LegalBasis[]>>;
}
