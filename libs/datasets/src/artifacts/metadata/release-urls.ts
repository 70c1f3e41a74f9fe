import type { ReleaseMetadataInput } from './release-metadata-input';

const base = (input: Pick<ReleaseMetadataInput, 'apiBaseUrl'>) => input.apiBaseUrl.replace(/\/+$/, '');

/** URLs of the HTTP API routes that serve a release, its files and its dataset series. */
export const releaseUrls = {
  release: (input: Pick<ReleaseMetadataInput, 'apiBaseUrl'>, releaseId: string): string => `${base(input)}/releases/${encodeURIComponent(releaseId)}`,
  file: (input: Pick<ReleaseMetadataInput, 'apiBaseUrl'>, releaseId: string, path: string): string =>
    `${releaseUrls.release(input, releaseId)}/files/${path.split('/').map(encodeURIComponent).join('/')}`,
  series: (input: Pick<ReleaseMetadataInput, 'apiBaseUrl'>, definitionId: string): string => `${base(input)}/definitions/${encodeURIComponent(definitionId)}`,
  catalog: (input: Pick<ReleaseMetadataInput, 'apiBaseUrl'>): string => `${base(input)}/catalog`,
};
