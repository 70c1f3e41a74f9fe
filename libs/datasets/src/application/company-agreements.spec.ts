import type { AgreementEvent, AgreementEventType } from '@usm/contracts';
import type { CompanyAgreement } from './company-agreements';
import { agreementCovering, evolveCompanyAgreement } from './company-agreements';

const anonymised = 'safety.events.anonymised.v1';
let version = 0;
const event = (type: AgreementEventType, data: object): AgreementEvent =>
  ({ type, data: { [`mesh.agreements.${type}`]: data }, metadata: { eventId: `e${++version}`, aggregateId: 'a1', aggregateVersion: version, occurredAt: 0, commandId: `c${version}`, causationId: null, correlationId: null } }) as unknown as AgreementEvent;
const drafted = (over: { kind?: 'city' | 'company'; purposes?: string[]; topics?: string[]; validUntil?: number | null } = {}) =>
  event('AgreementDrafted', {
    agreementId: 'a1',
    partner: { partnerId: 'poom-gpu-platform', name: 'POOM', kind: over.kind ?? 'company' },
    topics: over.topics ?? [anonymised],
    purposes: over.purposes ?? ['aiTraining'],
    partnerRetentionDays: 30,
    validity: { validFrom: 100, validUntil: over.validUntil ?? null },
    draftedBy: 'officer-1',
  });
const fold = (events: AgreementEvent[]): CompanyAgreement[] => {
  const state = events.reduce<CompanyAgreement | undefined>(evolveCompanyAgreement, undefined);
  return state ? [state] : [];
};
const activated = () => event('AgreementActivated', { agreementId: 'a1', activatedAt: 0 });
const scope = { purpose: 'aiTraining', topics: [anonymised] };

describe('company agreements covering a download', () => {
  it('covers the company named by an active agreement for the purpose and every source topic', () => {
    expect(agreementCovering(fold([drafted(), activated()]), 'poom-gpu-platform', scope, 200)?.agreementId).toBe('a1');
  });

  it('covers nothing before activation, while suspended, after termination', () => {
    expect(agreementCovering(fold([drafted()]), 'poom-gpu-platform', scope, 200)).toBeUndefined();
    expect(agreementCovering(fold([drafted(), activated(), event('AgreementSuspended', {})]), 'poom-gpu-platform', scope, 200)).toBeUndefined();
    expect(agreementCovering(fold([drafted(), activated(), event('AgreementTerminated', {}), activated()]), 'poom-gpu-platform', scope, 200)).toBeUndefined();
  });

  it('covers nothing for another company, a city partner, another purpose, a missing topic, or outside validity', () => {
    const active = (d: AgreementEvent) => fold([d, activated()]);
    expect(agreementCovering(active(drafted()), 'vision-lab', scope, 200)).toBeUndefined();
    expect(agreementCovering(active(drafted({ kind: 'city' })), 'poom-gpu-platform', scope, 200)).toBeUndefined();
    expect(agreementCovering(active(drafted({ purposes: ['aiValidation'] })), 'poom-gpu-platform', scope, 200)).toBeUndefined();
    expect(agreementCovering(active(drafted({ topics: ['safety.labels.v1'] })), 'poom-gpu-platform', scope, 200)).toBeUndefined();
    expect(agreementCovering(active(drafted({ validUntil: 150 })), 'poom-gpu-platform', scope, 150)).toBeUndefined();
    expect(agreementCovering(active(drafted()), 'poom-gpu-platform', scope, 99)).toBeUndefined();
  });
});
