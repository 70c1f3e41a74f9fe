import type { CompanyAgreement } from './company-agreements';
import type { Downloader } from './download-access';
import { decideDownload, maySee } from './download-access';
import type { ReleaseRecord } from './release-record';

const release = {
  releaseId: 'r1', status: 'published', purpose: 'aiTraining', supersededBy: null,
  sources: [
    { topic: 'safety.events.anonymised.v1', catalogTopic: 'safety.events.anonymised.v1', city: 'barcelona', kind: 'events' },
    { topic: 'incheon.safety.events.anonymised.v1', catalogTopic: 'safety.events.anonymised.v1', city: 'incheon', kind: 'events' },
  ],
} as unknown as ReleaseRecord;
const agreement: CompanyAgreement = { agreementId: 'a1', partnerId: 'poom', partnerKind: 'company', topics: ['safety.events.anonymised.v1'], purposes: ['aiTraining'], validFrom: 0, validUntil: null, status: 'active' };
const view = (list: CompanyAgreement[], caughtUp = true) => ({ all: () => list, caughtUp });
const poom: Downloader = { kind: 'company', companyId: 'poom' };

describe('who may download a release', () => {
  it('lets staff download a published release, and a company only under its agreement in force', () => {
    expect(decideDownload(release, { kind: 'staff' }, view([]), 1)).toEqual({ kind: 'allowed', agreementId: null });
    expect(decideDownload(release, poom, view([agreement]), 1)).toEqual({ kind: 'allowed', agreementId: 'a1' });
    expect(decideDownload(release, { kind: 'company', companyId: 'vision-lab' }, view([agreement]), 1).kind).toBe('forbidden');
    expect(decideDownload(release, poom, view([{ ...agreement, purposes: ['aiValidation'] }]), 1).kind).toBe('forbidden');
    expect(decideDownload(release, { kind: 'other' }, view([agreement]), 1).kind).toBe('forbidden');
  });

  it('answers gone, with the successor, for a withdrawn or superseded release, whoever asks', () => {
    expect(decideDownload({ ...release, status: 'superseded', supersededBy: 'r2' }, { kind: 'staff' }, view([]), 1)).toEqual({ kind: 'gone', supersededBy: 'r2' });
    expect(decideDownload({ ...release, status: 'withdrawn' }, poom, view([agreement]), 1)).toEqual({ kind: 'gone', supersededBy: null });
  });

  it('has nothing to serve before publication, and decides nothing for a company before the agreements are replayed', () => {
    expect(decideDownload({ ...release, status: 'building' }, { kind: 'staff' }, view([]), 1).kind).toBe('not-available');
    expect(decideDownload(release, poom, view([agreement], false), 1).kind).toBe('agreements-not-ready');
  });

  it('shows a company only the releases it may download', () => {
    expect(maySee(release, poom, view([agreement]), 1)).toBe(true);
    expect(maySee(release, poom, view([]), 1)).toBe(false);
    expect(maySee({ ...release, status: 'refused' }, { kind: 'staff' }, view([]), 1)).toBe(true);
  });
});
