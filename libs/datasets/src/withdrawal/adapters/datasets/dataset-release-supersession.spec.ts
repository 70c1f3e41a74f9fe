import type { ReleaseRecord, ReleaseStatus } from '../../../application/release-record';
import type { DatasetReleases } from './dataset-release-supersession';
import { DatasetReleaseSupersession } from './dataset-release-supersession';

type Rec = Pick<ReleaseRecord, 'releaseId' | 'definitionId' | 'status' | 'supersedes' | 'supersededBy' | 'withdrawalReason' | 'problem'>;

/** The release service's behaviour withdrawal relies on, in memory: a published rebuild marks the old one superseded. */
class Releases implements DatasetReleases {
  readonly records = new Map<string, Rec>();
  readonly calls: string[] = [];
  nextOutcome: ReleaseStatus = 'published';

  constructor(initial: Rec[], private readonly holding: Record<string, string[]>) {
    for (const r of initial) this.records.set(r.releaseId, r);
  }

  async build(definitionId: string, options: { supersedes?: string | null; excludedEventIds?: ReadonlySet<string>; actor: string }): Promise<string> {
    const id = `r${this.records.size + 1}`;
    this.calls.push(`build ${definitionId} supersedes=${options.supersedes} excluded=${[...(options.excludedEventIds ?? [])].join(',')}`);
    this.records.set(id, { releaseId: id, definitionId, status: this.nextOutcome, supersedes: options.supersedes ?? null, supersededBy: null, withdrawalReason: null, problem: this.nextOutcome === 'failed' ? 'disk full' : null });
    const old = options.supersedes ? this.records.get(options.supersedes) : undefined;
    if (old && this.nextOutcome === 'published') this.records.set(old.releaseId, { ...old, status: 'superseded', supersededBy: id });
    return id;
  }

  async settled(releaseId: string) {
    return this.records.get(releaseId) as ReleaseRecord;
  }

  async withdraw(releaseId: string, reason: string, supersededBy: string | null) {
    this.calls.push(`withdraw ${releaseId} ${reason} ${supersededBy}`);
    const next = { ...(this.records.get(releaseId) as Rec), status: 'withdrawn' as const, withdrawalReason: reason, supersededBy };
    this.records.set(releaseId, next);
    return next as ReleaseRecord;
  }

  async releasesHoldingEvents(eventIds: readonly string[]) {
    return Object.entries(this.holding).filter(([, events]) => events.some((e) => eventIds.includes(e))).map(([id]) => id);
  }

  async eventsOfSubjects() {
    return [];
  }

  async get(releaseId: string) {
    return this.records.get(releaseId) as ReleaseRecord | undefined;
  }

  async list(definitionId?: string) {
    return [...this.records.values()].filter((r) => definitionId === undefined || r.definitionId === definitionId) as ReleaseRecord[];
  }
}

const published = (releaseId: string, status: ReleaseStatus = 'published'): Rec => ({ releaseId, definitionId: 'school-zones', status, supersedes: null, supersededBy: null, withdrawalReason: null, problem: null });
const request = { reason: 'consentExpired' as const, excludedEventIds: ['e1'] };

describe('DatasetReleaseSupersession', () => {
  it('lists only releases still out there (published, built, or still building) among those holding the events', async () => {
    const releases = new Releases([published('a'), published('b', 'superseded'), published('c', 'built'), published('d', 'withdrawn'), published('f', 'building'), published('g', 'refused')], { a: ['e1'], b: ['e1'], c: ['e1'], d: ['e1'], e: ['e2'], f: ['e1'], g: ['e1'] });
    expect(await new DatasetReleaseSupersession(releases, 'svc').releasesHolding(['e1'])).toEqual(['a', 'c', 'f']);
  });

  it('withdraws first, with the way the consent ended as reason, then rebuilds it without the events and answers the successor', async () => {
    const releases = new Releases([published('a')], {});
    expect(await new DatasetReleaseSupersession(releases, 'svc').supersede('a', request)).toEqual({ supersededBy: 'r2' });
    expect(releases.calls).toEqual(['withdraw a consentExpired null', 'build school-zones supersedes=a excluded=e1']);
    expect(releases.records.get('a')).toMatchObject({ status: 'superseded', supersededBy: 'r2', withdrawalReason: 'consentExpired' });
    const revoked = new Releases([published('a')], {});
    await new DatasetReleaseSupersession(revoked, 'svc').supersede('a', { ...request, reason: 'consentRevoked' });
    expect(revoked.calls[0]).toBe('withdraw a consentRevoked null');
  });

  it('waits for a release still building to settle, then supersedes it if it was published', async () => {
    const releases = new Releases([published('a', 'building')], {});
    releases.settled = async (id: string) => {
      if (releases.records.get(id)?.status === 'building') releases.calls.push(`waited for ${id}`);
      releases.records.set(id, { ...(releases.records.get(id) as Rec), status: releases.records.get(id)?.status === 'building' ? 'published' : (releases.records.get(id) as Rec).status });
      return releases.records.get(id) as ReleaseRecord;
    };
    expect(await new DatasetReleaseSupersession(releases, 'svc').supersede('a', request)).toEqual({ supersededBy: 'r2' });
    expect(releases.calls).toEqual(['waited for a', 'withdraw a consentExpired null', 'build school-zones supersedes=a excluded=e1']);
  });

  it('keeps the release withdrawn without a successor when the rebuild is refused, and retries a failed one', async () => {
    const refused = new Releases([published('a')], {});
    refused.nextOutcome = 'refused';
    expect(await new DatasetReleaseSupersession(refused, 'svc').supersede('a', request)).toEqual({ supersededBy: null });
    expect(refused.records.get('a')).toMatchObject({ status: 'withdrawn' });
    const failing = new Releases([published('a')], {});
    failing.nextOutcome = 'failed';
    await expect(new DatasetReleaseSupersession(failing, 'svc').supersede('a', request)).rejects.toMatchObject({ code: 'DATASETS.SUPERSEDING_BUILD_FAILED', retriable: true });
  });

  it('picks up where an earlier attempt stopped: no second withdrawal, no second build', async () => {
    const releases = new Releases([{ ...published('a', 'withdrawn'), withdrawalReason: 'consentExpired' }], {});
    const supersession = new DatasetReleaseSupersession(releases, 'svc');
    expect(await supersession.supersede('a', request)).toEqual({ supersededBy: 'r2' });
    expect(await supersession.supersede('a', request)).toEqual({ supersededBy: 'r2' });
    expect(releases.calls).toEqual(['build school-zones supersedes=a excluded=e1']);
  });

  it('leaves alone a release withdrawn for another reason, or unknown', async () => {
    const releases = new Releases([{ ...published('a', 'withdrawn'), withdrawalReason: 'qualityIssue' }], {});
    const supersession = new DatasetReleaseSupersession(releases, 'svc');
    expect(await supersession.supersede('a', request)).toEqual({ supersededBy: null });
    expect(await supersession.supersede('zz', request)).toEqual({ supersededBy: null });
    expect(releases.calls).toEqual([]);
  });
});
