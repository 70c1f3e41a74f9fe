import type { MeshError } from '@usm/errors';
import { ContractError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import type { RegistryCredentials } from './registry-credentials';
import { registryHeadersOf } from './registry-credentials';
import type { RegistryProbe } from './registry-probe';
import { registryFailure } from './registry-failure';
import type { SubjectVersionSource } from './subject-versions';

/** The fetch this reader needs; specs pass a fake. */
export type FetchJson = (url: string) => Promise<unknown>;

/**
 * Lists a subject's versions over the Confluent-compatible REST API (`GET /subjects/{s}/versions`,
 * then each version's id): the client library has no call for it. Failures become mesh errors the
 * same way as the registry's: a 404 is the subject's fault only when the registry answers its probe.
 */
export class RegistrySubjectVersions implements SubjectVersionSource {
  private readonly baseUrl: string;

  constructor(
    url: string,
    private readonly probe: RegistryProbe,
    private readonly fetchJson: FetchJson = httpGetJson(undefined),
  ) {
    this.baseUrl = url.replace(/\/+$/, '');
  }

  async schemaIdsOf(subject: string): Promise<readonly number[]> {
    const subjectUrl = `${this.baseUrl}/subjects/${encodeURIComponent(subject)}/versions`;
    try {
      const versions = numbersOf(await this.fetchJson(subjectUrl));
      const ids = await Promise.all([...versions].sort((a, b) => a - b).map(async (version) => idOf(await this.fetchJson(`${subjectUrl}/${version}`))));
      return ids;
    } catch (error) {
      throw await registryFailure(error, this.probe, () => subjectNotFound(subject));
    }
  }
}

function numbersOf(body: unknown): number[] {
  if (!Array.isArray(body) || !body.every((v) => Number.isInteger(v))) throw Object.assign(new Error('versions is not a list of numbers'), { status: 502 });
  return body as number[];
}

function idOf(body: unknown): number {
  const id = typeof body === 'object' && body !== null && 'id' in body ? body.id : undefined;
  if (typeof id !== 'number') throw Object.assign(new Error('version has no schema id'), { status: 502 });
  return id;
}

function subjectNotFound(subject: string): MeshError {
  return new ContractError(MessagingErrorCode.SubjectNotFound, `no schema is registered under ${subject}`, { details: { subject } });
}

/** GET with a bound (as `credentials`' client); a non-2xx answer rejects with its status, as the client library's errors do. */
export const httpGetJson = (credentials: RegistryCredentials | undefined): FetchJson => async (url) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000), headers: registryHeadersOf(credentials) });
  if (!response.ok) {
    await response.body?.cancel();
    throw Object.assign(new Error(`GET answered ${response.status}`), { status: response.status });
  }
  return response.json();
};
