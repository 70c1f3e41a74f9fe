import type { Request, Response } from 'express';
import type { AllowedDownload, DatasetDownloads, DownloadRequest } from '../../application/dataset-downloads.service';
import type { ReleaseFileReader } from '../../application/ports';
import { rangeRequestOf } from './byte-range';

const contentTypes: Readonly<Record<string, string>> = {
  avro: 'application/avro',
  parquet: 'application/vnd.apache.parquet',
  jsonl: 'application/jsonl',
  json: 'application/json',
  jsonld: 'application/ld+json',
};

/**
 * Streams an allowed file: whole (200) or one byte range (206, Content-Range), so an interrupted download resumes
 * with `Range: bytes=<received>-`. The SHA-256 of the whole file goes in `X-Checksum-SHA256`, `Digest` and the ETag.
 */
export async function serveFile(downloads: DatasetDownloads, files: ReleaseFileReader, request: DownloadRequest, allowed: AllowedDownload, req: Request, res: Response): Promise<void> {
  const { sha256, sizeBytes } = allowed.file;
  const extension = request.path.slice(request.path.lastIndexOf('.') + 1);
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('ETag', `"${sha256}"`);
  res.setHeader('X-Checksum-SHA256', sha256);
  res.setHeader('Digest', `sha-256=${Buffer.from(sha256, 'hex').toString('base64')}`);
  res.setHeader('Content-Type', contentTypes[extension] ?? 'application/octet-stream');
  res.setHeader('Content-Disposition', `attachment; filename="${request.path.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
  const asked = req.headers['if-range'] !== undefined && req.headers['if-range'] !== `"${sha256}"` ? { kind: 'whole' as const } : rangeRequestOf(req.headers.range, sizeBytes);
  if (asked.kind === 'unsatisfiable') {
    res.setHeader('Content-Range', `bytes */${sizeBytes}`);
    await downloads.served(request, allowed, 416, req.headers.range ?? null);
    res.status(416).end();
    return;
  }
  const range = asked.kind === 'partial' ? asked.range : null;
  const stream = await files.open(request.releaseId, request.path, range ?? undefined);
  res.status(range ? 206 : 200);
  res.setHeader('Content-Length', String(range ? range.end - range.start + 1 : sizeBytes));
  if (range) res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${sizeBytes}`);
  await downloads.served(request, allowed, range ? 206 : 200, range ? `${range.start}-${range.end}` : null);
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    res.on('close', resolve);
    stream.pipe(res);
  });
}
