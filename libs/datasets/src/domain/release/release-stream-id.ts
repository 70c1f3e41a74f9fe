const prefix = 'release-';

/** Stream id of a release: category `release`. */
export function releaseStreamId(releaseId: string): string {
  return `${prefix}${releaseId}`;
}

/** The release id of a release stream id. */
export function releaseIdOf(streamId: string): string {
  return streamId.startsWith(prefix) ? streamId.slice(prefix.length) : streamId;
}
