import type { DatasetsAccess, DownloadVerdict } from '../../application/ports';

/**
 * Asks the datasets service itself, with the caller's own token, whether it may download a release file: the
 * agreement check (ADR 0017) stays in one place and is audited there. One byte is requested (`Range: bytes=0-0`).
 */
export class HttpDatasetsAccess implements DatasetsAccess {
  constructor(
    private readonly datasetsUrl: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async check(releaseId: string, path: string, bearerToken: string): Promise<DownloadVerdict> {
    const url = `${this.datasetsUrl}/v1/releases/${encodeURIComponent(releaseId)}/files/${encodeURIComponent(path)}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${bearerToken}`, range: 'bytes=0-0' }, signal: AbortSignal.timeout(this.timeoutMs) });
    await response.body?.cancel();
    if (response.status === 200 || response.status === 206) return 'allowed';
    if (response.status === 401) return 'unauthenticated';
    if (response.status === 403) return 'forbidden';
    if (response.status === 410) return 'gone';
    if (response.status === 404) return 'not-found';
    throw new Error(`the datasets service answered ${response.status} to an access check`);
  }
}
