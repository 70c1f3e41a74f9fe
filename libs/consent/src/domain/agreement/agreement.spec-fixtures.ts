import type { AgreementParty } from '@usm/contracts';
import type {
  ActivateAgreement,
  DraftAgreement,
  ProposeAgreement,
  SignAgreement,
  SuspendAgreement,
  TerminateAgreement,
} from './agreement.commands';
import type { AgreementLifecycleEvent } from './agreement.events';

/** Shared givens for the agreement decider specs: incheon shares with barcelona for 2026. */
export const agreementId = 'agr-0001';
export const day = 24 * 60 * 60 * 1000;
export const validFrom = Date.UTC(2026, 0, 1);
export const validUntil = Date.UTC(2027, 0, 1);
export const inside = validFrom + 10 * day;
const partner = { partnerId: 'barcelona', name: 'Ajuntament de Barcelona', kind: 'city' } as const;
const terms = {
  partner,
  topics: ['safety.events.anonymised.v1'],
  purposes: ['aiTraining'],
  partnerRetentionDays: 90,
  validity: { validFrom, validUntil },
} as const;

const meta = (now: number, commandId = 'cmd-1') => ({ commandId, now: new Date(now), actor: 'officer-12' });

export const draftCommand = (overrides: Partial<DraftAgreement['data']> = {}, now = inside): DraftAgreement => ({
  type: 'DraftAgreement',
  data: { agreementId, ...terms, ...overrides },
  metadata: meta(now),
});
export const proposeCommand = (now = inside): ProposeAgreement => ({ type: 'ProposeAgreement', data: { agreementId }, metadata: meta(now) });
export const signCommand = (party: AgreementParty, now = inside): SignAgreement => ({
  type: 'SignAgreement',
  data: { agreementId, party, signatoryId: `${party}-signatory` },
  metadata: meta(now),
});
export const activateCommand = (now = inside): ActivateAgreement => ({ type: 'ActivateAgreement', data: { agreementId }, metadata: meta(now) });
export const suspendCommand = (now = inside): SuspendAgreement => ({
  type: 'SuspendAgreement',
  data: { agreementId, reasonCode: 'breachInvestigation' },
  metadata: meta(now),
});
export const terminateCommand = (now = inside): TerminateAgreement => ({
  type: 'TerminateAgreement',
  data: { agreementId, reasonCode: 'mutualConsent' },
  metadata: meta(now),
});

export const drafted: AgreementLifecycleEvent = { type: 'AgreementDrafted', data: { agreementId, ...terms, draftedBy: 'officer-12' } };
export const proposed = (at = inside): AgreementLifecycleEvent => ({ type: 'AgreementProposed', data: { agreementId, proposedBy: 'officer-12', proposedAt: at } });
export const signed = (party: AgreementParty, at = inside): AgreementLifecycleEvent => ({
  type: 'AgreementSigned',
  data: { agreementId, party, signatoryId: `${party}-signatory`, signedAt: at },
});
export const activated = (at = inside): AgreementLifecycleEvent => ({ type: 'AgreementActivated', data: { agreementId, activatedAt: at } });
export const suspended = (at = inside): AgreementLifecycleEvent => ({
  type: 'AgreementSuspended',
  data: { agreementId, reasonCode: 'breachInvestigation', suspendedAt: at },
});
export const terminated = (at = inside): AgreementLifecycleEvent => ({
  type: 'AgreementTerminated',
  data: { agreementId, reasonCode: 'mutualConsent', terminatedAt: at },
});

/** One history per state family, for the command-against-every-state matrices. */
export const histories = {
  none: [],
  draft: [drafted],
  proposed: [drafted, proposed()],
  signedByCity: [drafted, proposed(), signed('city')],
  signedByBoth: [drafted, proposed(), signed('city'), signed('partner')],
  active: [drafted, proposed(), signed('city'), signed('partner'), activated()],
  suspended: [drafted, proposed(), signed('city'), signed('partner'), activated(), suspended()],
  terminated: [drafted, terminated()],
} as const satisfies Record<string, readonly AgreementLifecycleEvent[]>;
