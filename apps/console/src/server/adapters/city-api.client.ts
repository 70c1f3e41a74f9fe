import { readFileSync } from 'node:fs';
import { clientCredentialsTokens } from '@usm/security';
import type { CityEntry } from '../config/console-config.schema';

export type ServiceName = keyof CityEntry['services'];

/** Reads one city's APIs as the console's confidential client there; a service that does not answer reads as null. */
export class CityApiClient {
  private readonly token: () => Promise<string>;

  constructor(private readonly entry: CityEntry, private readonly timeoutMs: number) {
    const clientSecret = readFileSync(entry.client.secretFile, 'utf8').trim();
    this.token = clientCredentialsTokens({ tokenUrl: `${entry.issuer}/protocol/openid-connect/token`, clientId: entry.client.clientId, clientSecret });
  }

  configured(service: ServiceName): boolean {
    return this.entry.services[service] !== undefined;
  }

  async json(service: ServiceName, path: string): Promise<unknown> {
    const response = await this.get(service, path, 'application/json');
    return response === null ? null : ((await response.json()) as unknown);
  }

  /** Prometheus text needs no token (`/metrics` is public on every service). */
  async text(service: ServiceName, path: string): Promise<string | null> {
    const response = await this.get(service, path, 'text/plain', false);
    return response === null ? null : response.text();
  }

  private async get(service: ServiceName, path: string, accept: string, authenticated = true): Promise<Response | null> {
    const base = this.entry.services[service];
    if (base === undefined) return null;
    try {
      const headers: Record<string, string> = { accept, ...(authenticated ? { authorization: `Bearer ${await this.token()}` } : {}) };
      const response = await fetch(`${base}${path}`, { headers, signal: AbortSignal.timeout(this.timeoutMs) });
      return response.ok ? response : null;
    } catch {
      return null;
    }
  }
}
