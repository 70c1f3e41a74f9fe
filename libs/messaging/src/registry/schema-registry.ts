import type { Schema } from 'avsc';
import { Type } from 'avsc';
import { COMPATIBILITY, SchemaRegistry as ConfluentSchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { TimeoutMiddleware } from 'mappersmith/middleware/timeout';
import { ContractError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { PromiseCache } from './promise-cache';
import type { RegistryCredentials } from './registry-credentials';
import type { RegistryProbe } from './registry-probe';
import { subjectListingProbe } from './registry-probe';
import { registryFailure } from './registry-failure';
import { httpGetJson, RegistrySubjectVersions } from './registry-subject-versions';
import type { SchemaSource } from './schema-source';
import type { SubjectVersionSource } from './subject-versions';

/** Where a city's Confluent-compatible registry lives and how hard to retry it. */
export interface SchemaRegistryConfig {
  /** Base URL of the Confluent-compatible API, e.g. `http://127.0.0.1:18081/apis/ccompat/v7`. */
  readonly url: string;
  readonly clientId?: string;
  /** The identity-provider client this process reads (or, provisioning, writes) the registry as. */
  readonly credentials?: RegistryCredentials;
  /** Retries of server errors (5xx) inside one call; outages beyond that surface as retriable errors. */
  readonly retries?: number;
  readonly initialRetryTimeMs?: number;
  readonly maxRetryTimeMs?: number;
  /** Bound of the reachability check made before calling an id or subject unknown. */
  readonly probeTimeoutMs?: number;
  /** Bound of one request: a registry that takes the connection and never answers is an outage, not a wait for ever. */
  readonly requestTimeoutMs?: number;
}

/** The part of the client library this wrapper uses; specs substitute it. */
export type ConfluentClient = Pick<ConfluentSchemaRegistry, 'getLatestSchemaId' | 'getSchema' | 'register'>;

/**
 * A city's schema registry, over `@kafkajs/confluent-schema-registry`. Latest ids are cached per
 * subject (the library does not); schemas by id are cached by the library. Failures become mesh errors.
 */
export class SchemaRegistry implements SchemaSource, SubjectVersionSource {
  private readonly latestIds = new PromiseCache<string, number>();
  private readonly client: ConfluentClient;
  private readonly probe: RegistryProbe;
  private readonly versions: SubjectVersionSource;

  constructor(config: SchemaRegistryConfig, dependencies: { client?: ConfluentClient; probe?: RegistryProbe; versions?: SubjectVersionSource } = {}) {
    this.client = dependencies.client ?? createConfluentClient(config);
    this.probe = dependencies.probe ?? subjectListingProbe(config.url, config.probeTimeoutMs ?? 3_000, config.credentials);
    this.versions = dependencies.versions ?? new RegistrySubjectVersions(config.url, this.probe, httpGetJson(config.credentials));
  }

  /** Schema ids of every version of `subject`, oldest first; never cached here (readers cache and refresh). */
  schemaIdsOf(subject: string): Promise<readonly number[]> {
    return this.versions.schemaIdsOf(subject);
  }

  /** Latest schema id of `subject`, asked once and then cached until `forgetSubject`. */
  getLatestSchemaId(subject: string): Promise<number> {
    return this.latestIds.get(subject, async () => {
      try {
        return await this.client.getLatestSchemaId(subject);
      } catch (error) {
        throw await registryFailure(error, this.probe, () => subjectNotFound(subject));
      }
    });
  }

  /** The Avro type of a schema id. */
  async getSchema(schemaId: number): Promise<Type> {
    // Ids are positive in every registry; asking for 0 or a negative id would only cost a round trip.
    if (!Number.isInteger(schemaId) || schemaId <= 0) throw unknownSchemaId(schemaId);
    let schema: unknown;
    try {
      schema = await this.client.getSchema(schemaId);
    } catch (error) {
      throw await registryFailure(error, this.probe, () => unknownSchemaId(schemaId));
    }
    if (!Type.isType(schema)) {
      throw new ContractError(MessagingErrorCode.UnsupportedSchemaType, `schema ${schemaId} is not an Avro schema`, { details: { schemaId } });
    }
    return schema as Type;
  }

  /** Registers an Avro schema under `subject` (BACKWARD_TRANSITIVE on first registration) and returns its id. */
  async register(subject: string, schema: Schema, compatibility = COMPATIBILITY.BACKWARD_TRANSITIVE): Promise<number> {
    try {
      const { id } = await this.client.register({ type: SchemaType.AVRO, schema: JSON.stringify(schema) }, { subject, compatibility });
      return id;
    } catch (error) {
      if (isRejection(error)) {
        throw new ContractError(MessagingErrorCode.SchemaRejected, `registry refused the schema for ${subject}`, { cause: error, details: { subject } });
      }
      throw await registryFailure(error, this.probe, () => subjectNotFound(subject));
    } finally {
      this.forgetSubject(subject);
    }
  }

  /** Drops the cached latest id of `subject`, so the next lookup sees a newly registered version. */
  forgetSubject(subject: string): void {
    this.latestIds.delete(subject);
  }
}

function createConfluentClient(config: SchemaRegistryConfig): ConfluentClient {
  return new ConfluentSchemaRegistry({
    host: config.url,
    clientId: config.clientId,
    ...(config.credentials ? { auth: { username: config.credentials.clientId, password: config.credentials.secret } } : {}),
    retry: {
      retries: config.retries ?? 3,
      initialRetryTimeInSecs: (config.initialRetryTimeMs ?? 100) / 1000,
      maxRetryTimeInSecs: (config.maxRetryTimeMs ?? 5_000) / 1000,
    },
    middlewares: [TimeoutMiddleware(config.requestTimeoutMs ?? 15_000)],
  });
}

function unknownSchemaId(schemaId: number): ContractError {
  return new ContractError(MessagingErrorCode.UnknownSchemaId, `schema id ${schemaId} is not in the registry`, { details: { schemaId } });
}

function subjectNotFound(subject: string): ContractError {
  return new ContractError(MessagingErrorCode.SubjectNotFound, `no schema is registered under ${subject}`, { details: { subject } });
}

function isRejection(error: unknown): boolean {
  if (error instanceof Error && error.name === 'ConfluentSchemaRegistryCompatibilityError') return true;
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  // 409: incompatible with earlier versions; 422: not a valid schema.
  return status === 409 || status === 422;
}
