import { readFileSync } from 'node:fs';
import { ContractError, InfrastructureError } from '@usm/errors';
import type { CompatibilityLevel } from '@usm/contracts';

const contentType = 'application/vnd.schemaregistry.v1+json';

/** A client of the city's realm the registry accepts; the contracts commands use `registry-provisioning`. */
export interface RegistryClientCredentials {
  readonly clientId: string;
  readonly secret: string;
}

export interface RegisteredVersion {
  readonly id: number;
  readonly version: number;
  readonly schema: string;
}

/**
 * The few calls of the Confluent-compatible API (Apicurio's ccompat v7) the contracts commands need,
 * over plain HTTP so the order of calls is ours (Apicurio wants a subject to exist before its config is set).
 */
export class RegistryHttp {
  private readonly authorization: Record<string, string>;

  /** `credentials`: the realm client to call as (HTTP basic, which Apicurio trades for a token); none for an open registry. */
  constructor(
    private readonly baseUrl: string,
    credentials?: RegistryClientCredentials,
  ) {
    this.authorization = credentials ? { Authorization: `Basic ${Buffer.from(`${credentials.clientId}:${credentials.secret}`).toString('base64')}` } : {};
  }

  /** Version numbers of a subject, or undefined when the subject does not exist. */
  async versions(subject: string): Promise<number[] | undefined> {
    return this.call<number[]>('GET', `/subjects/${encodeURIComponent(subject)}/versions`);
  }

  async version(subject: string, version: number): Promise<RegisteredVersion> {
    const found = await this.call<RegisteredVersion>('GET', `/subjects/${encodeURIComponent(subject)}/versions/${version}`);
    if (!found) throw new ContractError('CONTRACTS_CLI.VERSION_NOT_FOUND', `${subject} has no version ${version}`);
    return found;
  }

  /** The registered version with this exact schema, or undefined when it is not registered under the subject. */
  async lookup(subject: string, schema: string): Promise<RegisteredVersion | undefined> {
    return this.call<RegisteredVersion>('POST', `/subjects/${encodeURIComponent(subject)}`, { schema });
  }

  /** Registers a schema (idempotent: the same schema returns its existing id). A 409 means incompatible. */
  async register(subject: string, schema: string): Promise<number> {
    const result = await this.call<{ id: number }>('POST', `/subjects/${encodeURIComponent(subject)}/versions`, { schema });
    if (!result) throw new ContractError('CONTRACTS_CLI.REGISTER_FAILED', `registry refused ${subject} with 404`);
    return result.id;
  }

  /** The subject's own compatibility level, or undefined when the subject does not exist. */
  async compatibilityLevel(subject: string): Promise<string | undefined> {
    const config = await this.call<{ compatibilityLevel?: string; compatibility?: string }>('GET', `/config/${encodeURIComponent(subject)}`);
    return config?.compatibilityLevel ?? config?.compatibility;
  }

  async setCompatibilityLevel(subject: string, level: CompatibilityLevel): Promise<void> {
    await this.call('PUT', `/config/${encodeURIComponent(subject)}`, { compatibility: level });
  }

  /** The registry's own verdict on a schema against one registered version, in the subject's level's direction. */
  async isCompatible(subject: string, schema: string, version: number | 'latest'): Promise<boolean> {
    const path = `/compatibility/subjects/${encodeURIComponent(subject)}/versions/${version}`;
    const verdict = await this.call<{ is_compatible: boolean }>('POST', path, { schema });
    return verdict?.is_compatible ?? true;
  }

  /** JSON body of a 2xx answer, undefined for a 404; anything else throws a typed error. */
  private async call<T>(method: string, path: string, body?: unknown): Promise<T | undefined> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: { Accept: contentType, 'Content-Type': contentType, ...this.authorization },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      throw new InfrastructureError('CONTRACTS_CLI.REGISTRY_UNAVAILABLE', `registry at ${this.baseUrl} did not answer ${method} ${path}`, { cause });
    }
    if (response.status === 404) return undefined;
    const text = await response.text();
    if (response.ok) return (text ? JSON.parse(text) : undefined) as T;
    const details = { status: response.status, rule: 'registry accepts the request', path };
    if (response.status >= 500) throw new InfrastructureError('CONTRACTS_CLI.REGISTRY_FAILED', `${method} ${path}: ${response.status} ${text}`, { details });
    const code = response.status === 409 ? 'CONTRACTS_CLI.INCOMPATIBLE_SCHEMA' : 'CONTRACTS_CLI.REGISTRY_REFUSED';
    throw new ContractError(code, `${method} ${path}: ${response.status} ${text}`, { details });
  }
}

/** The registry of a running city, as `registry-provisioning` (the only client that may register or set compatibility). */
export function provisioningRegistryOf(city: { readonly registry: { readonly url: string; readonly clients: Readonly<Record<string, { readonly clientId: string; readonly secretFile: string }>> } }): RegistryHttp {
  const client = city.registry.clients['registry-provisioning'];
  if (!client) throw new ContractError('CONTRACTS_CLI.NO_PROVISIONING_CLIENT', 'stack.json names no registry-provisioning client; restart the stack with "npm run stack -- up"');
  return new RegistryHttp(city.registry.url, { clientId: client.clientId, secret: readFileSync(client.secretFile, 'utf8').trim() });
}
