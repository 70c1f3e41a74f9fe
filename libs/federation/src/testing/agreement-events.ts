import type { AgreementEvent, AgreementEventType } from '@usm/contracts';

/** Builds `agreements.v1` envelopes for one agreement with increasing versions, the way the ledger writes them. */
export class AgreementStream {
  private version = 0;

  constructor(
    readonly agreementId: string,
    private readonly at: () => number = () => Date.parse('2026-01-01T00:00:00Z'),
  ) {}

  drafted(partner: string, topics: readonly string[], kind: 'city' | 'company' = 'city', validUntil: number | null = null): AgreementEvent {
    return this.event('AgreementDrafted', {
      agreementId: this.agreementId,
      partner: { partnerId: partner, name: `${partner} (test partner)`, kind },
      topics: [...topics],
      purposes: [],
      partnerRetentionDays: 30,
      validity: { validFrom: this.at(), validUntil },
      draftedBy: 'officer-1',
    });
  }

  proposed(): AgreementEvent {
    return this.event('AgreementProposed', { agreementId: this.agreementId, proposedBy: 'officer-1', proposedAt: this.at() });
  }

  signed(party: 'city' | 'partner'): AgreementEvent {
    return this.event('AgreementSigned', { agreementId: this.agreementId, party, signatoryId: `signatory-${party}`, signedAt: this.at() });
  }

  activated(): AgreementEvent {
    return this.event('AgreementActivated', { agreementId: this.agreementId, activatedAt: this.at() });
  }

  suspended(): AgreementEvent {
    return this.event('AgreementSuspended', { agreementId: this.agreementId, reasonCode: 'partnerRequest', suspendedAt: this.at() });
  }

  terminated(): AgreementEvent {
    return this.event('AgreementTerminated', { agreementId: this.agreementId, reasonCode: 'mutualConsent', terminatedAt: this.at() });
  }

  /** Drafted, proposed, signed by both, activated: an agreement in force. */
  inForce(partner: string, topics: readonly string[], kind: 'city' | 'company' = 'city', validUntil: number | null = null): AgreementEvent[] {
    return [this.drafted(partner, topics, kind, validUntil), this.proposed(), this.signed('city'), this.signed('partner'), this.activated()];
  }

  private event(type: AgreementEventType, data: object): AgreementEvent {
    this.version += 1;
    return {
      type,
      data: { [`mesh.agreements.${type}`]: data } as unknown as AgreementEvent['data'],
      metadata: {
        eventId: `00000000-0000-4000-8000-${(this.version + hash(this.agreementId)).toString(16).padStart(12, '0')}`,
        aggregateId: this.agreementId,
        aggregateVersion: this.version,
        occurredAt: this.at(),
        commandId: `cmd-${this.agreementId}-${this.version}`,
        causationId: null,
        correlationId: null,
      },
    };
  }
}

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) % 0xffffffff;
  return h * 1000;
}
