import type { FieldViolation } from '@usm/errors';
import { derivedVariables } from './context-env';
import type { NodeConfig } from './node-config.schema';

/** Contexts that talk to no Kafka (sites keeps its event store in PostgreSQL), so need no principal. */
export const contextsWithoutKafka: ReadonlySet<string> = new Set(['sites']);

const requiredWhen = (field: string, when: string): FieldViolation => ({ field, rule: 'required-when', message: `is required when ${when}` });

/** Rules across fields, reported together with the schema's own violations. */
export function nodeConfigViolations(config: NodeConfig): FieldViolation[] {
  return [...contextsPresent(config), ...uniquePorts(config), ...kafkaSecurity(config), ...authentication(config), ...ownSettings(config)];
}

function contextsPresent(config: NodeConfig): FieldViolation[] {
  return Object.keys(config.contexts).length === 0 ? [{ field: 'contexts', rule: 'min-one', message: 'must configure at least one context' }] : [];
}

function uniquePorts(config: NodeConfig): FieldViolation[] {
  const seen = new Map<number, string>([[config.statusPort, 'statusPort']]);
  return Object.entries(config.contexts).flatMap(([name, context]) => {
    if (!context) return [];
    const owner = seen.get(context.port);
    seen.set(context.port, `contexts.${name}.port`);
    return owner === undefined ? [] : [{ field: `contexts.${name}.port`, rule: 'unique-port', message: `must differ from ${owner}` }];
  });
}

function kafkaSecurity(config: NodeConfig): FieldViolation[] {
  if (config.kafka.securityProtocol === 'PLAINTEXT') {
    return config.auth.insecure ? [] : [{ field: 'kafka.securityProtocol', rule: 'insecure', message: 'may be PLAINTEXT only with auth.insecure (local debugging)' }];
  }
  const when = 'kafka.securityProtocol is SASL_SSL (the default)';
  const missingPrincipals = Object.entries(config.contexts)
    .filter(([name, context]) => context !== undefined && context.kafka === undefined && !contextsWithoutKafka.has(name))
    .map(([name]) => requiredWhen(`contexts.${name}.kafka`, when));
  return [...(config.kafka.caFile === undefined ? [requiredWhen('kafka.caFile', when)] : []), ...missingPrincipals];
}

function authentication(config: NodeConfig): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (!config.auth.insecure && config.auth.issuer === undefined) {
    violations.push({ field: 'auth.issuer', rule: 'required-unless-insecure', message: 'is required (set auth.insecure only for local debugging)' });
  }
  if (config.city in config.auth.partnerIssuers) {
    violations.push({ field: `auth.partnerIssuers.${config.city}`, rule: 'not-self', message: 'must not name the node\'s own city' });
  }
  return violations;
}

/** A context's settings add what only it reads; what the node derives (city, principal, port, ...) stays the node's. */
function ownSettings(config: NodeConfig): FieldViolation[] {
  return Object.entries(config.contexts).flatMap(([name, context]) =>
    Object.keys(context?.settings ?? {})
      .filter((variable) => derivedVariables.some((pattern) => pattern.test(variable)))
      .map((variable) => ({ field: `contexts.${name}.settings.${variable}`, rule: 'derived', message: 'is derived from the node\'s own fields; set those instead' })),
  );
}
