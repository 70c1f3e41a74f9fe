import { checkSignedGrant, signGrant } from './signed-url';

const key = Buffer.from('a'.repeat(64), 'hex');
const grant = { releaseId: 'rel-1', path: 'train.parquet', company: 'poom-gpu-platform', expires: 1_000 };

describe('signed download URLs', () => {
  it('accepts its own signature before expiry', () => {
    expect(checkSignedGrant(grant, signGrant(grant, key), key, 999)).toEqual({ ok: true });
  });

  it('refuses it from the second it expires', () => {
    expect(checkSignedGrant(grant, signGrant(grant, key), key, 1_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it.each([
    ['another file', { ...grant, path: 'test.parquet' }],
    ['another release', { ...grant, releaseId: 'rel-2' }],
    ['another company', { ...grant, company: 'vision-lab' }],
    ['a later expiry', { ...grant, expires: 5_000 }],
  ])('refuses a signature moved to %s', (_what, moved) => {
    expect(checkSignedGrant(moved, signGrant(grant, key), key, 10)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a signature made with another key, and one that is not hex', () => {
    expect(checkSignedGrant(grant, signGrant(grant, Buffer.from('b'.repeat(64), 'hex')), key, 10)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(checkSignedGrant(grant, 'zz', key, 10)).toEqual({ ok: false, reason: 'bad-signature' });
  });
});
