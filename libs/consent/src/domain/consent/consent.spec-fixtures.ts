import type { ConsentScope } from '@usm/contracts';
import type { ExpireConsent, GrantConsent, RenewConsent, RevokeConsent } from './consent.commands';
import type { ConsentExpired, ConsentGranted, ConsentRenewed, ConsentRevoked } from './consent.events';

/** Shared givens for the consent decider specs: one subject, one purpose, times in 2026. */
export const subjectId = 'psn-7f3a';
export const consentId = 'consent-psn-7f3a-aiTraining';
export const t0 = Date.UTC(2026, 0, 1);
export const day = 24 * 60 * 60 * 1000;
export const scope: ConsentScope = { sourceKinds: ['cctvAnalytics'], categories: ['traffic'] };

const key = { subjectId, purpose: 'aiTraining' } as const;
const at = (millis: number, commandId = 'cmd-1') => ({ commandId, now: new Date(millis), actor: 'desk-officer-1' });

export const grantCommand = (now = t0, overrides: Partial<GrantConsent['data']> = {}): GrantConsent => ({
  type: 'GrantConsent',
  data: { ...key, legalBasis: 'consent', scope, noticeVersion: 'notice-3', jurisdiction: 'KR', expiresAt: t0 + 365 * day, ...overrides },
  metadata: at(now),
});
export const revokeCommand = (now: number, reasonCode: string | null = null): RevokeConsent => ({
  type: 'RevokeConsent',
  data: { ...key, reasonCode },
  metadata: at(now, 'cmd-revoke'),
});
export const renewCommand = (now: number, expiresAt: number | null, noticeVersion = 'notice-4'): RenewConsent => ({
  type: 'RenewConsent',
  data: { ...key, noticeVersion, expiresAt },
  metadata: at(now, 'cmd-renew'),
});
export const expireCommand = (now: number): ExpireConsent => ({ type: 'ExpireConsent', data: key, metadata: at(now, 'cmd-expire') });

export const granted = (grantedAt = t0, expiresAt: number | null = t0 + 365 * day): ConsentGranted => ({
  type: 'ConsentGranted',
  data: { consentId, ...key, legalBasis: 'consent', scope, noticeVersion: 'notice-3', jurisdiction: 'KR', grantedAt, expiresAt },
});
export const revoked = (revokedAt: number, reasonCode: string | null = null): ConsentRevoked => ({
  type: 'ConsentRevoked',
  data: { consentId, ...key, revokedAt, reasonCode },
});
export const renewed = (renewedAt: number, expiresAt: number | null, noticeVersion = 'notice-4'): ConsentRenewed => ({
  type: 'ConsentRenewed',
  data: { consentId, ...key, noticeVersion, renewedAt, expiresAt },
});
export const expired = (expiredAt: number): ConsentExpired => ({ type: 'ConsentExpired', data: { consentId, ...key, expiredAt } });
