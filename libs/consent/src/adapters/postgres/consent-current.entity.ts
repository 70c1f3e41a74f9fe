import { EntitySchema } from 'typeorm';
import type { ConsentCurrentRow } from '../../domain/consent/consent-current.projection';

/** TypeORM mapping of `consent_current` (the row type is the domain's, so evolve needs no conversion). */
export const ConsentCurrentEntity = new EntitySchema<ConsentCurrentRow>({
  name: 'ConsentCurrent',
  tableName: 'consent_current',
  columns: {
    consentId: { name: 'consent_id', type: 'text', primary: true },
    subjectId: { name: 'subject_id', type: 'text' },
    purpose: { type: 'text' },
    status: { type: 'text' },
    legalBasis: { name: 'legal_basis', type: 'text' },
    scope: { type: 'jsonb' },
    noticeVersion: { name: 'notice_version', type: 'text' },
    jurisdiction: { type: 'text', nullable: true },
    grantedAt: { name: 'granted_at', type: 'timestamptz' },
    expiresAt: { name: 'expires_at', type: 'timestamptz', nullable: true },
    endedAt: { name: 'ended_at', type: 'timestamptz', nullable: true },
    version: { type: 'int' },
    updatedAt: { name: 'updated_at', type: 'timestamptz' },
  },
  indices: [{ name: 'consent_current_subject_purpose', columns: ['subjectId', 'purpose'], unique: true }],
});
