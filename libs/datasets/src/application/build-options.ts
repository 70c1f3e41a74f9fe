/** How a release is built; what ds-withdrawal passes when it supersedes a release. */
export interface BuildOptions {
  /** The release this one replaces; it is marked superseded once this one is published, and its snapshot is reused (unless `snapshotOf`). */
  readonly supersedes?: string | null;
  /** Event ids left out of this build (on top of what the retracted-events store knows). */
  readonly excludedEventIds?: ReadonlySet<string>;
  /** Reuse the snapshot of an earlier release instead of fixing a new one (reproducing a build). */
  readonly snapshotOf?: string | null;
  readonly actor: string;
}
