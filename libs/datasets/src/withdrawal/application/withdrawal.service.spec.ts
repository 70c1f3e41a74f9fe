import type { ConsentEnded } from '../domain/consent-ended';
import type { RetractionNotice } from '../domain/retraction-notice';
import { FakeReleaseSupersession } from '../testing/fake-release-supersession';
import { InMemoryWithdrawalStore } from '../testing/in-memory-withdrawal-store';
import { noticeIdOf } from './notice-id';
import { WithdrawalService } from './withdrawal.service';

const e1 = '0b9a7a4e-3a5f-4d7e-9f39-5c0f3a5f4a01';
const e2 = '7c2d4f60-8e1b-4a3c-b9d2-1e6f0a9b8c02';
const other = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b03';
const ended: ConsentEnded = { consentEventId: 'a1b2c3d4-0000-4000-8000-000000000001', subjectId: 'subject-pseudonym', purpose: 'aiTraining', reason: 'consentRevoked', endedAt: 1_000 };

function setup(releases: Record<string, readonly string[]> = { 'rel-a': [e1, other], 'rel-b': [other], 'rel-c': [e2] }) {
  const store = new InMemoryWithdrawalStore();
  const published: RetractionNotice[] = [];
  const observed: [string, string, number][] = [];
  const counted: string[] = [];
  const supersession = new FakeReleaseSupersession(releases);
  let now = 5_000;
  const service = new WithdrawalService({ city: 'incheon', actor: 'service:datasets-withdrawal', retryDelayMs: 5 }, {
    store,
    publisher: { publish: (notice) => Promise.resolve(void published.push(notice)) },
    subjects: { eventIdsOfSubject: (subject) => Promise.resolve(subject === ended.subjectId ? [e2, e1] : []) },
    releases: supersession,
    metrics: { observeSuperseded: (origin, since, seconds) => void observed.push([origin, since, seconds]), countNotice: (origin, outcome) => void counted.push(`${origin}:${outcome}`) },
    clock: { now: () => new Date((now += 1_000)) },
    logger: { warn: () => undefined, info: () => undefined },
  });
  const settled = async () => {
    while (service.queued > 0) await new Promise((resolve) => setTimeout(resolve, 2));
  };
  return { service, store, published, observed, counted, supersession, settled };
}

describe('WithdrawalService', () => {
  it('retracts a revoked subject\u2019s events: publishes one notice without the subject, supersedes each release holding them, measures the time', async () => {
    const { service, store, published, observed, supersession, settled } = setup();
    expect(await service.onConsentEnded(ended)).toBe('recorded');
    await settled();
    expect(published).toEqual([{ noticeId: noticeIdOf(ended.consentEventId), city: 'incheon', eventIds: [e1, e2], reason: 'consentRevoked', retractedAt: 1_000 }]);
    expect(JSON.stringify(published)).not.toContain(ended.subjectId);
    expect([...supersession.withdrawn.keys()].sort()).toEqual(['rel-a', 'rel-c']);
    expect(supersession.published.has('rel-b')).toBe(true);
    for (const events of supersession.published.values()) expect([...events].some((id) => id === e1 || id === e2)).toBe(false);
    expect(await store.retractedAmong([e1, e2, other])).toEqual(new Set([e1, e2]));
    expect((await store.load(noticeIdOf(ended.consentEventId))).state.status).toBe('settled');
    expect(observed.map(([origin, since]) => `${origin}:${since}`)).toEqual(['own:consentEnded', 'own:consentEnded']);
    expect(observed.every(([, , seconds]) => seconds > 0)).toBe(true);
  });

  it('does nothing the second time the same consent event arrives', async () => {
    const { service, published, supersession, counted, settled } = setup();
    await service.onConsentEnded(ended);
    await settled();
    expect(await service.onConsentEnded(ended)).toBe('replayed');
    await settled();
    expect(published).toHaveLength(1);
    expect(supersession.withdrawn.size).toBe(2);
    expect(counted).toEqual(['own:recorded', 'own:replayed']);
  });

  it('ignores the end of a consent for another purpose, and a subject the index does not know', async () => {
    const { service, published, store } = setup();
    expect(await service.onConsentEnded({ ...ended, purpose: 'statistics' })).toBe('ignored');
    expect(await service.onConsentEnded({ ...ended, subjectId: 'someone-else' })).toBe('ignored');
    expect(published).toEqual([]);
    expect(store.streams.size).toBe(0);
  });

  it('supersedes the releases holding a partner\u2019s events, never republishes its notice, and measures from arrival too', async () => {
    const { service, published, supersession, observed, settled } = setup({ 'bcn-1': [e1, other] });
    const notice: RetractionNotice = { noticeId: noticeIdOf('x'), city: 'incheon', eventIds: [e1], reason: 'consentExpired', retractedAt: 1_000 };
    expect(await service.onPartnerNotice(notice, 'incheon', 4_000)).toBe('recorded');
    await settled();
    expect(published).toEqual([]);
    expect(supersession.withdrawn.get('bcn-1')).toMatchObject({ reason: 'consentExpired', supersededBy: 'bcn-1-v2' });
    expect(observed.map(([origin, since]) => `${origin}:${since}`)).toEqual(['partner:consentEnded', 'partner:noticeArrived']);
    expect(await service.onPartnerNotice(notice, 'incheon', 9_000)).toBe('replayed');
  });

  it('refuses a partner notice retracting a third city\u2019s events before recording anything', async () => {
    const { service, store } = setup();
    const notice: RetractionNotice = { noticeId: noticeIdOf('y'), city: 'osaka', eventIds: [e1], reason: 'consentRevoked', retractedAt: 1_000 };
    await expect(service.onPartnerNotice(notice, 'incheon', 4_000)).rejects.toMatchObject({ code: 'DATASETS.RETRACTION_NOTICE_INVALID' });
    expect(store.streams.size).toBe(0);
  });

  it('retries a failed supersession, and resumes a notice left settling by a crash', async () => {
    const first = setup();
    first.supersession.failNext = 1;
    await first.service.onConsentEnded(ended);
    await first.settled();
    await new Promise((resolve) => setTimeout(resolve, 30));
    await first.settled();
    expect(first.supersession.withdrawn.size).toBe(2);

    const crashed = setup();
    await crashed.service.stop();
    await crashed.service.onConsentEnded(ended);
    const restarted = new WithdrawalService({ city: 'incheon', actor: 'a', retryDelayMs: 5 }, {
      store: crashed.store, publisher: { publish: (n) => Promise.resolve(void crashed.published.push(n)) }, subjects: { eventIdsOfSubject: () => Promise.resolve([]) },
      releases: crashed.supersession, metrics: { observeSuperseded: () => undefined, countNotice: () => undefined }, clock: { now: () => new Date(9_000) }, logger: { warn: () => undefined, info: () => undefined },
    });
    expect(await restarted.resume()).toBe(1);
    while (restarted.queued > 0) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(crashed.published).toHaveLength(1);
    expect(crashed.supersession.withdrawn.size).toBe(2);
    expect((await crashed.store.settling())).toEqual([]);
  });
});
