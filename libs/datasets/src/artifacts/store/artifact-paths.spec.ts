import { relative, resolve } from 'node:path';
import fc from 'fast-check';
import { ArtifactPathRefused } from '../artifact.errors';
import { resolveArtifactPath } from './artifact-paths';

describe('resolveArtifactPath', () => {
  const root = '/srv/datasets/barcelona';

  it('either refuses a path or resolves it strictly inside the release directory (property)', () => {
    const segment = fc.oneof(fc.constantFrom('..', '.', '', '~', 'a', 'b.parquet', '%2e%2e', '\\..', 'c:'), fc.string());
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom('rel-1', '..', '.'), fc.string()), fc.array(segment, { minLength: 1, maxLength: 6 }), (releaseId, segments) => {
        try {
          const target = resolveArtifactPath(root, releaseId, segments.join('/'));
          const inside = relative(resolve(root, releaseId), target);
          expect(inside.startsWith('..') || inside === '').toBe(false);
          expect(relative(root, target).startsWith('..')).toBe(false);
        } catch (error) {
          expect(error).toBeInstanceOf(ArtifactPathRefused);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('resolves a nested plain path', () => {
    expect(resolveArtifactPath(root, 'rel-1', 'parts/train.parquet')).toBe('/srv/datasets/barcelona/rel-1/parts/train.parquet');
  });
});
