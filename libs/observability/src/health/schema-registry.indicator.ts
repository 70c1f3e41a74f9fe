import type { HealthIndicatorResult } from '@nestjs/terminus';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { MeshHealthIndicator } from './mesh-health-indicator';
import { reasonOf } from './with-timeout';

export interface SchemaRegistryIndicatorOptions {
  /** Base URL of the Confluent-compatible API, e.g. http://127.0.0.1:18081/apis/ccompat/v7 */
  readonly url: string;
  readonly timeoutMs: number;
  /** The realm client the service reads the registry as (HTTP basic); the API refuses anonymous calls. */
  readonly credentials?: { readonly clientId: string; readonly secret: string };
}

/** Up when `GET <registry>/subjects` answers 2xx within the timeout. */
export class SchemaRegistryHealthIndicator implements MeshHealthIndicator {
  private readonly results = new HealthIndicatorService();
  private readonly subjectsUrl: string;

  constructor(private readonly options: SchemaRegistryIndicatorOptions) {
    this.subjectsUrl = `${options.url.replace(/\/+$/, '')}/subjects`;
  }

  async check(key: string): Promise<HealthIndicatorResult> {
    const session = this.results.check(key);
    try {
      const response = await fetch(this.subjectsUrl, { signal: AbortSignal.timeout(this.options.timeoutMs), headers: authorizationOf(this.options.credentials) });
      // Only the status matters; drop the body so the socket is released.
      await response.body?.cancel();
      return response.ok ? session.up() : session.down({ message: `GET /subjects answered ${response.status}` });
    } catch (error) {
      // AbortSignal.timeout rejects with a DOMException, which is not an Error in every Node version.
      const timedOut = typeof error === 'object' && error !== null && 'name' in error && error.name === 'TimeoutError';
      return session.down({ message: timedOut ? `GET /subjects timed out after ${this.options.timeoutMs} ms` : reasonOf(error) });
    }
  }
}

function authorizationOf(credentials: SchemaRegistryIndicatorOptions['credentials']): Record<string, string> {
  return credentials ? { authorization: `Basic ${Buffer.from(`${credentials.clientId}:${credentials.secret}`).toString('base64')}` } : {};
}
