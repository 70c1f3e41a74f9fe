import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

const instant: SchemaObject = { type: 'string', format: 'date-time' };
const nullableInstant: SchemaObject = { ...instant, nullable: true };

export const receiptSchema: SchemaObject = {
  type: 'object',
  required: ['aggregateId', 'commandId', 'outcome', 'version', 'events'],
  properties: {
    aggregateId: { type: 'string' },
    commandId: { type: 'string' },
    outcome: { type: 'string', enum: ['appended', 'duplicate', 'unchanged'] },
    version: { type: 'integer', description: 'Stream version after the command: send it as the next expectedVersion' },
    events: { type: 'array', items: { type: 'string' } },
  },
};

export const errorSchema: SchemaObject = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', example: 'CONSENT.ALREADY_REVOKED' },
    message: { type: 'string' },
    violations: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } } } },
    expectedVersion: { type: 'integer' },
    actualVersion: { type: 'integer' },
  },
};

export const consentViewSchema: SchemaObject = {
  type: 'object',
  properties: {
    subjectId: { type: 'string' },
    purpose: { type: 'string' },
    status: { type: 'string', enum: ['none', 'granted', 'revoked', 'expired'] },
    legalBasis: { type: 'string', nullable: true },
    scope: { type: 'object', nullable: true },
    expiresAt: nullableInstant,
    version: { type: 'integer' },
    at: instant,
  },
};

export const historySchema: SchemaObject = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      purpose: { type: 'string' },
      version: { type: 'integer' },
      type: { type: 'string' },
      effectiveAt: instant,
      occurredAt: instant,
      data: { type: 'object' },
    },
  },
};

export const agreementSchema: SchemaObject = {
  type: 'object',
  properties: {
    agreementId: { type: 'string' },
    partnerId: { type: 'string' },
    partnerName: { type: 'string' },
    partnerKind: { type: 'string', enum: ['city', 'company'] },
    topics: { type: 'array', items: { type: 'string' } },
    purposes: { type: 'array', items: { type: 'string' } },
    partnerRetentionDays: { type: 'integer' },
    validFrom: instant,
    validUntil: nullableInstant,
    status: { type: 'string', enum: ['draft', 'proposed', 'active', 'suspended', 'terminated'] },
    citySignedAt: nullableInstant,
    partnerSignedAt: nullableInstant,
    activatedAt: nullableInstant,
    version: { type: 'integer' },
    updatedAt: instant,
  },
};
