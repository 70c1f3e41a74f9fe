import { InfrastructureError } from '@usm/errors';
import type { ReleaseRecord } from '../../../application/release-record';
import type { ReleaseSupersession, SubjectEventsQuery } from '../../application/withdrawal.ports';
import type { RetractionReason } from '../../domain/retraction-notice';

/** What withdrawal uses of the datasets context's release service. */
export interface DatasetReleases {
  build(definitionId: string, options: { supersedes?: string | null; excludedEventIds?: ReadonlySet<string>; actor: string }): Promise<string>;
  settled(releaseId: string): Promise<ReleaseRecord>;
  withdraw(releaseId: string, reason: string, supersededBy: string | null, actor: string): Promise<ReleaseRecord>;
  releasesHoldingEvents(eventIds: readonly string[]): Promise<string[]>;
  eventsOfSubjects(reporterPseudonyms: readonly string[]): Promise<string[]>;
  get(releaseId: string): Promise<ReleaseRecord | undefined>;
  list(definitionId?: string): Promise<ReleaseRecord[]>;
}

/** dataset.releases.v1 says which way the consent ended: revoked by the subject, or expired. */
const releaseReasonOf = (reason: RetractionReason): string => reason;
const endedConsentReasons: readonly string[] = ['consentRevoked', 'consentExpired'] satisfies readonly RetractionReason[];

/** Releases whose data is (or is about to be) out there: published, built, or still building. */
const outThere: readonly ReleaseRecord['status'][] = ['published', 'built', 'requested', 'building'];

/**
 * Supersession over the release service: the release is withdrawn first (its data is out of circulation at once),
 * then rebuilt on the same snapshot without the retracted events; once the rebuild is published the service marks
 * the old release superseded, so `dataset.releases.v1` carries the withdrawal with its `supersededBy` link. Each
 * step checks where an earlier attempt stopped, so a retry after a crash neither withdraws nor builds twice.
 */
export class DatasetReleaseSupersession implements ReleaseSupersession {
  constructor(
    private readonly releases: DatasetReleases,
    private readonly actor: string,
  ) {}

  async releasesHolding(eventIds: readonly string[]): Promise<readonly string[]> {
    const holding = await this.releases.releasesHoldingEvents(eventIds);
    const records = await Promise.all(holding.map((id) => this.releases.get(id)));
    return records.filter((r): r is ReleaseRecord => r !== undefined && outThere.includes(r.status)).map((r) => r.releaseId);
  }

  async supersede(releaseId: string, request: { readonly reason: RetractionReason; readonly excludedEventIds: readonly string[] }): Promise<{ readonly supersededBy: string | null }> {
    let record = await this.releases.get(releaseId);
    // A build that was running when the notice was recorded: its outcome decides (it re-checked retractions, ADR 0016).
    if (record && (record.status === 'requested' || record.status === 'building')) record = await this.releases.settled(releaseId);
    if (!record || record.status === 'superseded') return { supersededBy: record?.supersededBy ?? null };
    if (record.status === 'published' || record.status === 'built') record = await this.releases.withdraw(releaseId, releaseReasonOf(request.reason), null, this.actor);
    else if (record.status !== 'withdrawn' || !endedConsentReasons.includes(record.withdrawalReason ?? '')) return { supersededBy: null };
    const successor = await this.successorOf(record);
    if (successor) return { supersededBy: successor };
    const next = await this.releases.build(record.definitionId, { supersedes: releaseId, excludedEventIds: new Set(request.excludedEventIds), actor: this.actor });
    const built = await this.releases.settled(next);
    if (built.status === 'published') return { supersededBy: next };
    if (built.status === 'refused') return { supersededBy: null };
    throw new InfrastructureError('DATASETS.SUPERSEDING_BUILD_FAILED', `the release superseding ${releaseId} could not be built: ${built.problem ?? built.status}`, { details: { releaseId } });
  }

  /** A published release already superseding this one (an earlier attempt that got that far). */
  private async successorOf(record: ReleaseRecord): Promise<string | null> {
    const siblings = await this.releases.list(record.definitionId);
    return siblings.find((r) => r.supersedes === record.releaseId && r.status === 'published')?.releaseId ?? null;
  }
}

/** The feed of the subject index: waits until the index holds what the own stream held when asked. */
export interface SubjectIndexCatchUp {
  awaitCaughtUp(timeoutMs: number): Promise<void>;
}

/**
 * The subject index of the release service, one subject at a time, once its feed from the own anonymised stream
 * caught up: events published just before a consent ended are found too (a timeout throws a retriable error).
 */
export function datasetSubjectEvents(releases: Pick<DatasetReleases, 'eventsOfSubjects'>, feed: SubjectIndexCatchUp, catchUpTimeoutMs: number): SubjectEventsQuery {
  return {
    eventIdsOfSubject: async (subjectId) => {
      await feed.awaitCaughtUp(catchUpTimeoutMs);
      return releases.eventsOfSubjects([subjectId]);
    },
  };
}
