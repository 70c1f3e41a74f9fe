import { RuleViolationError } from '@usm/errors';

/** The federation refused to generate replication: nothing is generated when any flow would be unlawful. */
export class ReplicationRefusedError extends RuleViolationError {}

export const federationErrorCodes = {
  unknownTopic: 'FEDERATION.UNKNOWN_TOPIC',
  notShareable: 'FEDERATION.TOPIC_NOT_SHAREABLE',
  directField: 'FEDERATION.DIRECT_FIELD_IN_SCHEMA',
  invalidPartner: 'FEDERATION.INVALID_PARTNER',
  partnerAclsFailed: 'FEDERATION.PARTNER_ACLS_FAILED',
  mirrorMakerStartFailed: 'FEDERATION.MIRROR_MAKER_START_FAILED',
  auditUnavailable: 'FEDERATION.AUDIT_UNAVAILABLE',
  agreementsTopicMissing: 'FEDERATION.AGREEMENTS_TOPIC_MISSING',
  unexpected: 'FEDERATION.UNEXPECTED',
} as const;
