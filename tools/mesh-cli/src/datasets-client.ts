import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A thin HTTP client of the datasets service, with a bearer token from the city's identity provider. */
export class DatasetsClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: () => Promise<string>,
  ) {}

  async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${await this.token()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  /** Downloads a file into `dir`, resuming from what is already there (HTTP Range). */
  async download(releaseId: string, path: string, dir: string): Promise<string> {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    const have = (() => {
      try {
        return statSync(target).size;
      } catch {
        return 0;
      }
    })();
    const response = await fetch(`${this.baseUrl}/v1/releases/${encodeURIComponent(releaseId)}/files/${encodeURIComponent(path)}`, {
      headers: { authorization: `Bearer ${await this.token()}`, ...(have > 0 ? { range: `bytes=${have}-` } : {}) },
    });
    if (response.status === 416) return target;
    if (!response.ok || !response.body) throw new Error(`download of ${path} answered ${response.status}: ${await response.text()}`);
    const append = response.status === 206;
    await pipeline(Readable.fromWeb(response.body as never), createWriteStream(target, { flags: append ? 'a' : 'w' }));
    return target;
  }
}
