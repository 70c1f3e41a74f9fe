import type { ContextConfig, NodeConfig } from './node-config.schema';

type Environment = Readonly<Record<string, string | undefined>>;

/** Variables the node derives from its own fields; a context's `settings` may not set them. */
export const derivedVariables: readonly RegExp[] = [
  /^MESH_(CITY|INSECURE)$/,
  /^LOG_LEVEL$/,
  /^KAFKA_/,
  /^SCHEMA_REGISTRY_/,
  /^DATABASE_(URL|PASSWORD|PASSWORD_FILE)$/,
  /^AUTH_(ISSUER|PARTNER_ISSUERS|CLIENT_ID|CLIENT_SECRET|CLIENT_SECRET_FILE)$/,
  /_(HOST|PORT)$/,
];

const defined = (entries: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(entries).filter((entry): entry is [string, string] => entry[1] !== undefined));

/**
 * The environment a context's standalone app would be started with, built from the node's configuration: the
 * context's own principal, registry client, database role and client, its port, then its own settings.
 */
export function contextEnvOf(node: NodeConfig, name: string, variablePrefix: string, ambient: Environment = {}): Record<string, string> {
  const context: ContextConfig | undefined = (node.contexts as Record<string, ContextConfig | undefined>)[name];
  if (!context) throw new Error(`context ${name} is not configured`);
  const partners = Object.entries(node.auth.partnerIssuers).map(([city, issuer]) => `${city}=${issuer}`);
  return {
    ...defined(Object.fromEntries(node.passEnvironment.map((variable) => [variable, ambient[variable]]))),
    ...defined({
      MESH_CITY: node.city,
      MESH_INSECURE: node.auth.insecure ? 'true' : undefined,
      LOG_LEVEL: node.logLevel,
      KAFKA_BROKERS: node.kafka.brokers.join(','),
      KAFKA_SECURITY_PROTOCOL: node.kafka.securityProtocol,
      KAFKA_SSL_CA_FILE: node.kafka.caFile,
      KAFKA_SASL_USERNAME: context.kafka?.username,
      KAFKA_SASL_PASSWORD_FILE: context.kafka?.passwordFile,
      SCHEMA_REGISTRY_URL: node.registry.url,
      SCHEMA_REGISTRY_CLIENT_ID: context.registryClient?.clientId,
      SCHEMA_REGISTRY_CLIENT_SECRET_FILE: context.registryClient?.secretFile,
      DATABASE_URL: context.database?.url,
      DATABASE_PASSWORD_FILE: context.database?.passwordFile,
      AUTH_ISSUER: node.auth.insecure ? undefined : node.auth.issuer,
      AUTH_PARTNER_ISSUERS: partners.length > 0 ? partners.join(',') : undefined,
      AUTH_CLIENT_ID: context.client?.clientId,
      AUTH_CLIENT_SECRET_FILE: context.client?.secretFile,
      [`${variablePrefix}HOST`]: node.host,
      [`${variablePrefix}PORT`]: String(context.port),
    }),
    ...context.settings,
  };
}
