import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '@usm/errors';
import { Caller, RequiresRole } from '@usm/security';
import type { Principal } from '@usm/security';
import { DatasetReleaseService } from '../../application/dataset-release.service';
import { maySee } from '../../application/download-access';
import type { CompanyAgreements, ReleaseFileReader } from '../../application/ports';
import type { ReleaseRecord } from '../../application/release-record';
import { lineageOfRow } from '../../application/release-lineage';
import { ARTIFACT_STORE, COMPANY_AGREEMENTS } from '../../datasets.tokens';
import { downloaderOf } from './downloader-of';
import { buildRequest, parseRequest, withdrawRequest } from './parse-request';

/** Driving adapter: build, list, show and withdraw releases; trace a row back to its source record. */
@ApiTags('releases')
@Controller('v1/releases')
export class ReleasesController {
  constructor(
    @Inject(DatasetReleaseService) private readonly releases: DatasetReleaseService,
    @Inject(COMPANY_AGREEMENTS) private readonly agreements: CompanyAgreements,
    @Inject(ARTIFACT_STORE) private readonly files: ReleaseFileReader,
  ) {}

  @Post()
  @HttpCode(202)
  @RequiresRole('datasets:build')
  @ApiOperation({ summary: 'Build a release of a definition (202; follow GET /v1/releases/{id} for progress and outcome)' })
  async build(@Body() body: unknown, @Caller() caller: Principal): Promise<{ releaseId: string; status: string }> {
    const request = parseRequest(buildRequest, body, 'body');
    const releaseId = await this.releases.build(request.definitionId, { supersedes: request.supersedes ?? null, snapshotOf: request.snapshotOf ?? null, actor: caller.subject });
    return { releaseId, status: 'requested' };
  }

  @Get()
  @RequiresRole('datasets:read')
  @ApiOperation({ summary: 'Releases the caller may see (a company: those an agreement in force lets it download)' })
  async list(@Caller() caller: Principal, @Query('definitionId') definitionId?: string): Promise<ReleaseRecord[]> {
    const who = downloaderOf(caller);
    return (await this.releases.list(definitionId)).filter((r) => maySee(r, who, this.agreements, Date.now()));
  }

  @Get(':releaseId')
  @RequiresRole('datasets:read')
  @ApiOperation({ summary: 'A release: status, build progress, anonymity reached (k, l, suppression, information loss), files' })
  async get(@Param('releaseId') releaseId: string, @Caller() caller: Principal): Promise<ReleaseRecord> {
    return this.visible(releaseId, caller);
  }

  @Post(':releaseId/withdraw')
  @HttpCode(200)
  @RequiresRole('datasets:withdraw')
  @ApiOperation({ summary: 'Withdraw a release (downloads answer 410 from then on); published on dataset.releases.v1' })
  withdraw(@Param('releaseId') releaseId: string, @Body() body: unknown, @Caller() caller: Principal): Promise<ReleaseRecord> {
    const request = parseRequest(withdrawRequest, body, 'body');
    return this.releases.withdraw(releaseId, request.reason, request.supersededBy ?? null, caller.subject);
  }

  @Get(':releaseId/lineage/:rowId')
  @RequiresRole('datasets:read')
  @ApiOperation({ summary: 'Where a row came from: source city, topic, partition, offset and event id (and its label record)' })
  async lineage(@Param('releaseId') releaseId: string, @Param('rowId') rowId: string, @Caller() caller: Principal): Promise<object> {
    await this.visible(releaseId, caller);
    const found = await lineageOfRow(this.files, releaseId, rowId);
    if (!found) throw new NotFoundError('DATASETS.ROW_NOT_FOUND', `release ${releaseId} has no row ${rowId}`, { details: { field: 'rowId' } });
    return found;
  }

  private async visible(releaseId: string, caller: Principal): Promise<ReleaseRecord> {
    const record = await this.releases.get(releaseId);
    if (!record || !maySee(record, downloaderOf(caller), this.agreements, Date.now())) throw new NotFoundError('DATASETS.RELEASE_NOT_FOUND', `no release ${releaseId}`, { details: { field: 'releaseId' } });
    return record;
  }
}
