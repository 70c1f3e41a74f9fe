import type { DataPurpose, PartnerKind } from '@usm/contracts';
import type { Recorded } from '../recorded';
import type { AgreementLifecycleEvent } from './agreement.events';

export type AgreementStatus = 'draft' | 'proposed' | 'active' | 'suspended' | 'terminated';

/** Read model `agreements_current`: each agreement's terms and lifecycle state. */
export interface AgreementRow {
  readonly agreementId: string;
  readonly partnerId: string;
  readonly partnerName: string;
  readonly partnerKind: PartnerKind;
  readonly topics: readonly string[];
  readonly purposes: readonly DataPurpose[];
  readonly partnerRetentionDays: number;
  readonly validFrom: Date;
  readonly validUntil: Date | null;
  readonly status: AgreementStatus;
  readonly citySignedAt: Date | null;
  readonly partnerSignedAt: Date | null;
  readonly activatedAt: Date | null;
  readonly version: number;
  readonly updatedAt: Date;
}

/** Pure step of `agreements_current`; an event already applied leaves the row as it is. */
export function evolveAgreementRow(row: AgreementRow | null, { event, version, occurredAt }: Recorded<AgreementLifecycleEvent>): AgreementRow | null {
  if (row !== null && version <= row.version) return row;
  const touched = { version, updatedAt: new Date(occurredAt) };
  switch (event.type) {
    case 'AgreementDrafted': {
      const { agreementId, partner, topics, purposes, partnerRetentionDays, validity } = event.data;
      const period = { validFrom: new Date(validity.validFrom), validUntil: validity.validUntil === null ? null : new Date(validity.validUntil) };
      const partnerColumns = { partnerId: partner.partnerId, partnerName: partner.name, partnerKind: partner.kind };
      const lifecycle = { status: 'draft', citySignedAt: null, partnerSignedAt: null, activatedAt: null } as const;
      return { agreementId, ...partnerColumns, topics, purposes, partnerRetentionDays, ...period, ...lifecycle, ...touched };
    }
    case 'AgreementProposed':
      return row && { ...row, status: 'proposed', ...touched };
    case 'AgreementSigned': {
      const signedAt = new Date(event.data.signedAt);
      return row && { ...row, ...(event.data.party === 'city' ? { citySignedAt: signedAt } : { partnerSignedAt: signedAt }), ...touched };
    }
    case 'AgreementActivated':
      return row && { ...row, status: 'active', activatedAt: new Date(event.data.activatedAt), ...touched };
    case 'AgreementSuspended':
      return row && { ...row, status: 'suspended', ...touched };
    case 'AgreementTerminated':
      return row && { ...row, status: 'terminated', ...touched };
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

/** Whether data may flow under the agreement at `at`: active, and `at` within its validity period. */
export function isInForce(row: AgreementRow, at: Date): boolean {
  const t = at.getTime();
  return row.status === 'active' && t >= row.validFrom.getTime() && (row.validUntil === null || t < row.validUntil.getTime());
}
