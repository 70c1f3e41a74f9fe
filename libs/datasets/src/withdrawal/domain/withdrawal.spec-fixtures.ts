import type { RecordReleaseWithdrawn, RecordRetraction } from './withdrawal.commands';
import type { WithdrawalEvent } from './withdrawal.events';
import type { RetractionNotice, RetractionOrigin } from './retraction-notice';

export const noticeId = '6f1c1a52-9a1e-5c53-8d1e-3f0c9e7c2a10';
export const eventA = '0b9a7a4e-3a5f-4d7e-9f39-5c0f3a5f4a01';
export const eventB = '7c2d4f60-8e1b-4a3c-b9d2-1e6f0a9b8c02';
export const at = new Date('2026-12-04T18:00:00Z');
export const later = new Date('2026-12-04T18:00:20Z');
export const notice: RetractionNotice = { noticeId, city: 'incheon', eventIds: [eventA, eventB], reason: 'consentRevoked', retractedAt: at.getTime() - 1_000 };

export const recordRetraction = (releasesHolding: readonly string[], origin: RetractionOrigin = 'own', commandId = 'c-1'): RecordRetraction => ({
  type: 'RecordRetraction',
  data: { notice, origin, releasesHolding },
  metadata: { commandId, now: at, actor: 'service:datasets' },
});

export const recordWithdrawn = (releaseId: string, supersededBy: string | null, now = later): RecordReleaseWithdrawn => ({
  type: 'RecordReleaseWithdrawn',
  data: { noticeId, releaseId, supersededBy },
  metadata: { commandId: `w-${releaseId}`, now, actor: 'service:datasets' },
});

export const recorded = (releasesToWithdraw: readonly string[], origin: RetractionOrigin = 'own'): WithdrawalEvent => ({
  type: 'RetractionRecorded',
  data: { notice, origin, releasesToWithdraw, recordedAt: at.getTime() },
});

export const withdrawn = (releaseId: string, supersededBy: string | null, now = later): WithdrawalEvent => ({
  type: 'RetractedReleaseWithdrawn',
  data: { noticeId, releaseId, supersededBy, withdrawnAt: now.getTime() },
});

export const settled = (now: Date): WithdrawalEvent => ({ type: 'RetractionSettled', data: { noticeId, settledAt: now.getTime() } });
