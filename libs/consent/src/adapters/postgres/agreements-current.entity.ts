import { EntitySchema } from 'typeorm';
import type { AgreementRow } from '../../domain/agreement/agreements-current.projection';

/** TypeORM mapping of `agreements_current`. */
export const AgreementsCurrentEntity = new EntitySchema<AgreementRow>({
  name: 'AgreementsCurrent',
  tableName: 'agreements_current',
  columns: {
    agreementId: { name: 'agreement_id', type: 'text', primary: true },
    partnerId: { name: 'partner_id', type: 'text' },
    partnerName: { name: 'partner_name', type: 'text' },
    partnerKind: { name: 'partner_kind', type: 'text' },
    topics: { type: 'jsonb' },
    purposes: { type: 'jsonb' },
    partnerRetentionDays: { name: 'partner_retention_days', type: 'int' },
    validFrom: { name: 'valid_from', type: 'timestamptz' },
    validUntil: { name: 'valid_until', type: 'timestamptz', nullable: true },
    status: { type: 'text' },
    citySignedAt: { name: 'city_signed_at', type: 'timestamptz', nullable: true },
    partnerSignedAt: { name: 'partner_signed_at', type: 'timestamptz', nullable: true },
    activatedAt: { name: 'activated_at', type: 'timestamptz', nullable: true },
    version: { type: 'int' },
    updatedAt: { name: 'updated_at', type: 'timestamptz' },
  },
  indices: [{ name: 'agreements_current_status_partner', columns: ['status', 'partnerId'] }],
});
