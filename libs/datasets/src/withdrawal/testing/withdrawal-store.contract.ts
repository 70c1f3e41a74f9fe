import { ConcurrencyError } from '@usm/errors';
import type { WithdrawalStore } from '../application/withdrawal.ports';
import type { RetractionNotice } from '../domain/retraction-notice';
import type { WithdrawalEvent } from '../domain/withdrawal.events';

/** A store that also answers which events are retracted (the PostgreSQL one and its in-memory twin). */
export type RetractingWithdrawalStore = WithdrawalStore & { retractedAmong(eventIds: Iterable<string>): Promise<Set<string>> };

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The behaviour every withdrawal store shares; `fresh` gives an empty store and a unique notice-id base. */
export function withdrawalStoreContract(name: string, fresh: () => Promise<{ store: RetractingWithdrawalStore; base: number }>): void {
  describe(`${name} (withdrawal store contract)`, () => {
    const noticeOf = (base: number, events: readonly string[]): RetractionNotice => ({ noticeId: uuid(base), city: 'incheon', eventIds: events, reason: 'consentRevoked', retractedAt: 1_700_000_000_000 });
    const recorded = (notice: RetractionNotice, releases: string[]): WithdrawalEvent => ({ type: 'RetractionRecorded', data: { notice, origin: 'own', releasesToWithdraw: releases, recordedAt: 1_700_000_001_000 } });
    const withdrawn = (notice: RetractionNotice, releaseId: string): WithdrawalEvent => ({ type: 'RetractedReleaseWithdrawn', data: { noticeId: notice.noticeId, releaseId, supersededBy: `${releaseId}-next`, withdrawnAt: 1_700_000_002_000 } });
    const settled = (notice: RetractionNotice): WithdrawalEvent => ({ type: 'RetractionSettled', data: { noticeId: notice.noticeId, settledAt: 1_700_000_002_000 } });

    it('gives an unknown notice at version 0, then the folded state and its version', async () => {
      const { store, base } = await fresh();
      const notice = noticeOf(base, [uuid(base + 1)]);
      expect(await store.load(notice.noticeId)).toEqual({ state: { status: 'unknown' }, version: 0 });
      await store.append(notice.noticeId, 0, [recorded(notice, ['rel-a'])]);
      expect(await store.load(notice.noticeId)).toEqual({ state: { status: 'settling', notice, origin: 'own', pending: ['rel-a'], withdrawn: [] }, version: 1 });
    });

    it('refuses an append at a version that moved on, keeping the first', async () => {
      const { store, base } = await fresh();
      const notice = noticeOf(base, [uuid(base + 1)]);
      await store.append(notice.noticeId, 0, [recorded(notice, ['rel-a'])]);
      await expect(store.append(notice.noticeId, 0, [recorded(notice, ['rel-b'])])).rejects.toBeInstanceOf(ConcurrencyError);
      expect((await store.load(notice.noticeId)).state).toMatchObject({ pending: ['rel-a'] });
    });

    it('marks the events of a recorded notice as retracted, and nothing else', async () => {
      const { store, base } = await fresh();
      const notice = noticeOf(base, [uuid(base + 1), uuid(base + 2)]);
      await store.append(notice.noticeId, 0, [recorded(notice, [])]);
      expect(await store.retractedAmong([uuid(base + 1), uuid(base + 2), uuid(base + 3)])).toEqual(new Set([uuid(base + 1), uuid(base + 2)]));
      expect(await store.retractedAmong([])).toEqual(new Set());
    });

    it('lists a notice as settling until its last release is withdrawn', async () => {
      const { store, base } = await fresh();
      const notice = noticeOf(base, [uuid(base + 1)]);
      await store.append(notice.noticeId, 0, [recorded(notice, ['rel-a', 'rel-b'])]);
      await store.append(notice.noticeId, 1, [withdrawn(notice, 'rel-a')]);
      expect((await store.settling()).filter((s) => s.status === 'settling' && s.notice.noticeId === notice.noticeId)).toHaveLength(1);
      await store.append(notice.noticeId, 2, [withdrawn(notice, 'rel-b'), settled(notice)]);
      expect((await store.settling()).some((s) => s.status === 'settling' && s.notice.noticeId === notice.noticeId)).toBe(false);
      expect(await store.load(notice.noticeId)).toMatchObject({ state: { status: 'settled', pending: [] }, version: 4 });
    });
  });
}
