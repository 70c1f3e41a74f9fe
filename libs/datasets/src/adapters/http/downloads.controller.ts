import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, Public, RequiresRole } from '@usm/security';
import type { Principal } from '@usm/security';
import type { Request, Response } from 'express';
import { DatasetDownloads } from '../../application/dataset-downloads.service';
import type { Downloader } from '../../application/download-access';
import { SignedUrlRefusedError } from '../../application/download-errors';
import type { ReleaseFileReader } from '../../application/ports';
import type { DatasetsModuleOptions } from '../../datasets.options';
import { ARTIFACT_STORE, DATASETS_OPTIONS } from '../../datasets.tokens';
import { auditActorOf, downloaderOf } from './downloader-of';
import { parseRequest, signedQuery } from './parse-request';
import { serveFile } from './serve-file';
import { checkSignedGrant, signedQueryOf } from './signed-url';

/** The party a signed URL is bound to: `company:<organisation id>`, or `staff` for the city's own staff. */
const partyOf = (who: Downloader): string => (who.kind === 'company' ? `company:${who.companyId}` : 'staff');
const downloaderOfParty = (party: string): Downloader => (party.startsWith('company:') ? { kind: 'company', companyId: party.slice('company:'.length) } : party === 'staff' ? { kind: 'staff' } : { kind: 'other' });

/** Driving adapter: file downloads (Range, SHA-256), signed URLs for machines, every download audited. */
@ApiTags('downloads')
@Controller()
export class DownloadsController {
  constructor(
    @Inject(DatasetDownloads) private readonly downloads: DatasetDownloads,
    @Inject(ARTIFACT_STORE) private readonly files: ReleaseFileReader,
    @Inject(DATASETS_OPTIONS) private readonly options: DatasetsModuleOptions,
  ) {}

  @Get('v1/releases/:releaseId/files/:path')
  @RequiresRole('datasets:download')
  @ApiOperation({ summary: 'Download a release file (Range for resuming; 410 + Link when withdrawn; 403 without a covering company agreement)' })
  async download(@Param('releaseId') releaseId: string, @Param('path') path: string, @Caller() caller: Principal, @Req() req: Request, @Res() res: Response): Promise<void> {
    const request = { releaseId, path, who: downloaderOf(caller), actor: auditActorOf(caller), via: 'token' as const };
    await serveFile(this.downloads, this.files, request, await this.downloads.authorise(request), req, res);
  }

  @Post('v1/releases/:releaseId/files/:path/signed-url')
  @HttpCode(201)
  @RequiresRole('datasets:download')
  @ApiOperation({ summary: 'A short-lived URL for this file, usable without a token (bound to release, file and company)' })
  async sign(@Param('releaseId') releaseId: string, @Param('path') path: string, @Caller() caller: Principal): Promise<{ url: string; expiresAt: number }> {
    const who = downloaderOf(caller);
    await this.downloads.authorise({ releaseId, path, who, actor: auditActorOf(caller), via: 'token' });
    const expires = Math.floor(Date.now() / 1000) + this.options.signedUrlTtlSeconds;
    const grant = { releaseId, path, company: partyOf(who), expires };
    const url = `${this.options.publicUrl}/v1/signed/releases/${encodeURIComponent(releaseId)}/files/${encodeURIComponent(path)}?${signedQueryOf(grant, this.options.urlSigningKey)}`;
    return { url, expiresAt: expires * 1000 };
  }

  // Public to the token check: the HMAC over release, file, company and expiry is the credential, checked first.
  @Get('v1/signed/releases/:releaseId/files/:path')
  @Public()
  @ApiOperation({ summary: 'Download through a signed URL (no token); the agreement is checked again at use' })
  async signedDownload(@Param('releaseId') releaseId: string, @Param('path') path: string, @Query() query: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { company, expires, signature } = parseRequest(signedQuery, query, 'query');
    const check = checkSignedGrant({ releaseId, path, company, expires }, signature, this.options.urlSigningKey, Math.floor(Date.now() / 1000));
    if (!check.ok) throw new SignedUrlRefusedError(check.reason === 'expired' ? 'DATASETS.SIGNED_URL_EXPIRED' : 'DATASETS.SIGNED_URL_INVALID', check.reason === 'expired' ? 'the signed URL expired' : 'the signed URL does not match its signature', { details: { rule: check.reason } });
    const who = downloaderOfParty(company);
    const request = { releaseId, path, who, actor: { subject: `signed-url:${company}`, issuer: 'signed-url', clientId: company }, via: 'signed-url' as const };
    await serveFile(this.downloads, this.files, request, await this.downloads.authorise(request), req, res);
  }
}
