import type { ReleaseSupersession } from '../application/withdrawal.ports';

/** Releases as sets of event ids; superseding builds `<id>-v<n>` without the excluded events. */
export class FakeReleaseSupersession implements ReleaseSupersession {
  readonly published = new Map<string, Set<string>>();
  readonly withdrawn = new Map<string, { reason: string; supersededBy: string | null; at: number }>();
  failNext = 0;

  constructor(releases: Record<string, readonly string[]>) {
    for (const [id, events] of Object.entries(releases)) this.published.set(id, new Set(events));
  }

  releasesHolding(eventIds: readonly string[]): Promise<readonly string[]> {
    return Promise.resolve([...this.published.entries()].filter(([, events]) => eventIds.some((id) => events.has(id))).map(([id]) => id));
  }

  supersede(releaseId: string, request: { reason: string; excludedEventIds: readonly string[] }): Promise<{ supersededBy: string | null }> {
    if (this.failNext > 0) {
      this.failNext -= 1;
      return Promise.reject(new Error('builder unavailable'));
    }
    const done = this.withdrawn.get(releaseId);
    if (done) return Promise.resolve({ supersededBy: done.supersededBy });
    const events = this.published.get(releaseId) ?? new Set<string>();
    const next = `${releaseId}-v${this.withdrawn.size + 2}`;
    this.published.delete(releaseId);
    this.published.set(next, new Set([...events].filter((id) => !request.excludedEventIds.includes(id))));
    this.withdrawn.set(releaseId, { reason: request.reason, supersededBy: next, at: Date.now() });
    return Promise.resolve({ supersededBy: next });
  }
}
