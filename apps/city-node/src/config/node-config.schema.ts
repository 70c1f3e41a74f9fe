import { z } from 'zod';

const cityId = z.string().regex(/^[a-z][a-z0-9]*$/, 'must be a lowercase ASCII city id, e.g. incheon');
const port = z.int('must be an integer port').min(1, 'must be a port from 1 to 65535').max(65_535, 'must be a port from 1 to 65535');
const absoluteFile = z.string().startsWith('/', 'must be an absolute file path');
const httpUrl = (what: string) => z.url({ protocol: /^https?$/, error: `must be the http(s) URL of ${what}` });
const envName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be an environment variable name (A-Z, 0-9, _)');

/** A SCRAM principal of the city's Kafka: its user name and the file holding its password. */
const principal = z.strictObject({ username: z.string().regex(/^[\w.@-]{1,200}$/, 'must be a SCRAM user name'), passwordFile: absoluteFile });

/** A confidential client of a realm: its id and the file holding its secret. */
const client = z.strictObject({ clientId: z.string().min(1, 'must not be empty'), secretFile: absoluteFile });

/** One context of the node: its own port and its own identities (the security model stays per service). */
export const contextConfigSchema = z.strictObject({
  port,
  /** The context's Kafka principal (`ingest`, `privacy`, ...); required on SASL_SSL. */
  kafka: principal.optional(),
  /** The registry client the context reads (or writes) the registry as, e.g. `registry-ingest`. */
  registryClient: client.optional(),
  /** The context's database role: URL without password, and the password file. */
  database: z.strictObject({ url: z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// URL'), passwordFile: absoluteFile.optional() }).optional(),
  /** The context's own client for calls it makes (client credentials). */
  client: client.optional(),
  /** Settings only this context reads, by the variable name its standalone app documents (e.g. PRIVACY_POLICY_FILE). */
  settings: z.record(envName, z.string()).default({}),
});

/** Builds the node schema for the contexts this build knows (the list in `contexts/`). */
export function nodeConfigSchema(contextNames: readonly [string, ...string[]]) {
  return z.strictObject({
    city: cityId,
    /** Interface every context listens on. */
    host: z.string().min(1, 'must not be empty').default('127.0.0.1'),
    /** The node's own port: `/health/live`, `/health/ready` over every context, `/metrics` of every context. */
    statusPort: port,
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    kafka: z.strictObject({
      brokers: z.array(z.string().regex(/^[^\s:/,;=]+:\d{1,5}$/, 'must be host:port')).min(1, 'must list at least one broker'),
      securityProtocol: z.enum(['SASL_SSL', 'PLAINTEXT']).default('SASL_SSL'),
      caFile: absoluteFile.optional(),
    }),
    registry: z.strictObject({ url: httpUrl('the registry API') }),
    auth: z.strictObject({
      issuer: httpUrl('the city realm').optional(),
      partnerIssuers: z.record(cityId, httpUrl('a partner realm')).default({}),
      /** Local debugging only: no token verification, PLAINTEXT Kafka allowed. */
      insecure: z.boolean().default(false),
    }),
    /** Variables handed from the node's environment to every context, for secrets a policy names (e.g. USM_PRIVACY_HMAC_SECRET). */
    passEnvironment: z.array(envName).default([]),
    contexts: z.partialRecord(z.enum(contextNames), contextConfigSchema),
  });
}

export type NodeConfigSchema = ReturnType<typeof nodeConfigSchema>;
/** A validated node configuration. */
export type NodeConfig = z.output<NodeConfigSchema>;
export type ContextConfig = z.output<typeof contextConfigSchema>;
