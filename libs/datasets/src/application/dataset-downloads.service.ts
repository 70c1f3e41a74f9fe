import { InfrastructureError, NotFoundError } from '@usm/errors';
import type { AuditEntry, AuditLog } from '@usm/security';
import type { DatasetReleaseService } from './dataset-release.service';
import type { Downloader } from './download-access';
import { decideDownload } from './download-access';
import { DownloadForbiddenError, ReleaseGoneError } from './download-errors';
import type { Clock, CompanyAgreements, ReleaseFileReader, StoredReleaseFile } from './ports';
import type { ReleaseRecord } from './release-record';

/** Who the audit log records for a download: a token's subject, or a signed URL's company. */
export interface DownloadAuditActor {
  readonly subject: string;
  readonly issuer: string;
  readonly clientId: string | null;
}

export interface DownloadRequest {
  readonly releaseId: string;
  readonly path: string;
  readonly who: Downloader;
  readonly actor: DownloadAuditActor;
  /** How the request came: `token` (bearer) or `signed-url`. */
  readonly via: 'token' | 'signed-url';
}

/** A download the caller may have: the release, the file and its stored size and hash. */
export interface AllowedDownload {
  readonly record: ReleaseRecord;
  readonly file: StoredReleaseFile;
  readonly agreementId: string | null;
}

/** Decides every download (and signed-URL request) and records each one in the audit log. */
export class DatasetDownloads {
  constructor(
    private readonly releases: Pick<DatasetReleaseService, 'get'>,
    private readonly agreements: CompanyAgreements,
    private readonly files: ReleaseFileReader,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** The file the caller may download, or the typed refusal (audited as denied or failed). */
  async authorise(request: DownloadRequest): Promise<AllowedDownload> {
    const record = await this.releases.get(request.releaseId);
    const known = record?.files.some((f) => f.path === request.path) ?? false;
    if (!record || !known) {
      await this.record(request, record, 'failed', 404, null);
      throw new NotFoundError('DATASETS.FILE_NOT_FOUND', `release ${request.releaseId} has no file ${request.path}`, { details: { field: 'path' } });
    }
    const decision = decideDownload(record, request.who, this.agreements, this.clock.now().getTime());
    switch (decision.kind) {
      case 'allowed': {
        const file = await this.files.stat(record.releaseId, request.path);
        if (!file) throw new NotFoundError('DATASETS.FILE_NOT_FOUND', `file ${request.path} of release ${record.releaseId} is not in the store`, { details: { field: 'path' } });
        return { record, file, agreementId: decision.agreementId };
      }
      case 'gone':
        await this.record(request, record, 'failed', 410, null);
        throw new ReleaseGoneError(record.releaseId, decision.supersededBy);
      case 'forbidden':
        await this.record(request, record, 'denied', 403, null);
        throw new DownloadForbiddenError('DATASETS.DOWNLOAD_FORBIDDEN', decision.reason, { details: { releaseId: record.releaseId } });
      case 'not-available':
        await this.record(request, record, 'failed', 404, null);
        throw new NotFoundError('DATASETS.RELEASE_NOT_PUBLISHED', `release ${record.releaseId} is ${record.status}, not published`, { details: { field: 'releaseId' } });
      case 'agreements-not-ready':
        throw new InfrastructureError('DATASETS.AGREEMENTS_NOT_READY', 'company agreements are still being replayed', { details: { topic: 'agreements.v1' } });
      default: {
        const never: never = decision;
        return never;
      }
    }
  }

  /** Records a served download: who, release, file, purpose, range, when. */
  served(request: DownloadRequest, allowed: AllowedDownload, status: number, range: string | null): Promise<void> {
    return this.record(request, allowed.record, 'succeeded', status, range, allowed.agreementId);
  }

  private async record(request: DownloadRequest, record: ReleaseRecord | undefined, outcome: AuditEntry['outcome'], status: number, range: string | null, agreementId: string | null = null): Promise<void> {
    const targets: Record<string, string> = { releaseId: request.releaseId, path: request.path, via: request.via };
    if (record) targets['purpose'] = record.purpose;
    if (request.who.kind === 'company') targets['company'] = request.who.companyId;
    if (agreementId) targets['agreementId'] = agreementId;
    if (range) targets['range'] = range;
    await this.audit.append({ at: this.clock.now(), ...request.actor, action: 'DOWNLOAD /v1/releases/:releaseId/files/:path', targets, outcome, status });
  }
}
