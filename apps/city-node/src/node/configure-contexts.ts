import type { FieldViolation } from '@usm/errors';
import { ValidationError } from '@usm/errors';
import { contextEnvOf } from '../config/context-env';
import { invalidNodeConfig } from '../config/load-node-config';
import type { NodeConfig } from '../config/node-config.schema';
import type { CityNodeContext, ConfiguredContext } from '../contexts/city-node-context';

/** A configured context with its name. */
export interface NamedContext extends ConfiguredContext {
  readonly name: string;
}

/**
 * Validates every configured context with its own app's schema before any boots; one ValidationError names every
 * bad value of every context as `contexts.<name>.<VARIABLE>`.
 */
export function configureContexts(config: NodeConfig, contexts: readonly CityNodeContext[], ambient: Readonly<Record<string, string | undefined>>): NamedContext[] {
  const violations: FieldViolation[] = [];
  const configuredPorts = config.contexts as Readonly<Record<string, { readonly port: number } | undefined>>;
  const urlOf = (name: string): string | undefined => {
    const port = configuredPorts[name]?.port;
    // Listening on every interface, a context is reached on loopback.
    const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
    return port === undefined ? undefined : `http://${host.includes(':') ? `[${host}]` : host}:${String(port)}`;
  };
  // A link to a context of this node comes first, so a context's own settings can still point elsewhere.
  const linksOf = (context: CityNodeContext): Record<string, string> =>
    Object.fromEntries(Object.entries(context.links).flatMap(([variable, target]) => (urlOf(target) === undefined ? [] : [[variable, urlOf(target) as string]])));
  const configured = contexts
    .filter((context) => context.name in config.contexts)
    .flatMap((context) => {
      try {
        return [{ name: context.name, ...context.configure({ ...linksOf(context), ...contextEnvOf(config, context.name, context.variablePrefix, ambient) }) }];
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        violations.push(...error.violations.map((v) => ({ ...v, field: `contexts.${context.name}.${v.field}` })));
        return [];
      }
    });
  if (violations.length > 0) throw new ValidationError(invalidNodeConfig, violations);
  return configured;
}
