import { RuleViolationError } from '@usm/errors';

/** The federation refused to generate replication: nothing is generated when any flow would be unlawful. */
export class ReplicationRefusedError extends RuleViolationError {}

export const federationErrorCodes = {
  unknownTopic: 'FEDERATION.UNKNOWN_TOPIC',
  notShareable: 'FEDERATION.TOPIC_NOT_SHAREABLE',
  directField: 'FEDERATION.DIRECT_FIELD_IN_SCHEMA',
  invalidPartner: 'FEDERATION.INVALID_PARTNER',
} as const;
