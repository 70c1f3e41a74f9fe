import type { BuildReport } from '../build/build-report';
import type { ReleaseFile } from './release-facts';

/** What every state past `none` knows of the release. */
export interface ReleaseIdentity {
  readonly releaseId: string;
  readonly definitionId: string;
  readonly definitionVersion: number;
  readonly version: string;
  readonly city: string;
  readonly supersedes: string | null;
}

export interface BuiltRelease extends ReleaseIdentity {
  readonly files: readonly ReleaseFile[];
  readonly report: BuildReport;
  readonly checksum: string;
}

/** requested → built → published → withdrawn / superseded; requested → refused. Refused and superseded are final. */
export type ReleaseState =
  | { readonly status: 'none' }
  | { readonly status: 'requested'; readonly release: ReleaseIdentity }
  | { readonly status: 'refused'; readonly release: ReleaseIdentity }
  | { readonly status: 'built'; readonly release: BuiltRelease }
  | { readonly status: 'published'; readonly release: BuiltRelease; readonly publishedAt: number }
  | { readonly status: 'withdrawn'; readonly release: BuiltRelease; readonly supersededBy: string | null; readonly reason: string }
  /** `withdrawal` is the reason when it was withdrawn before (files answer 410), null when only replaced by a newer version. */
  | { readonly status: 'superseded'; readonly release: BuiltRelease; readonly supersededBy: string; readonly withdrawal: string | null };
