import { EntitySchema } from 'typeorm';
import type { ConsentHistoryRow } from '../../domain/consent/consent-history.projection';

/** TypeORM mapping of `consent_history`: one row per consent event, keyed by (consent id, version). */
export const ConsentHistoryEntity = new EntitySchema<ConsentHistoryRow>({
  name: 'ConsentHistory',
  tableName: 'consent_history',
  columns: {
    consentId: { name: 'consent_id', type: 'text', primary: true },
    version: { type: 'int', primary: true },
    subjectId: { name: 'subject_id', type: 'text' },
    purpose: { type: 'text' },
    eventType: { name: 'event_type', type: 'text' },
    effectiveAt: { name: 'effective_at', type: 'timestamptz' },
    occurredAt: { name: 'occurred_at', type: 'timestamptz' },
    event: { type: 'jsonb' },
  },
  indices: [{ name: 'consent_history_subject', columns: ['subjectId', 'purpose', 'version'] }],
});
