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
  const configured = contexts
    .filter((context) => context.name in config.contexts)
    .flatMap((context) => {
      try {
        return [{ name: context.name, ...context.configure(contextEnvOf(config, context.name, context.variablePrefix, ambient)) }];
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        violations.push(...error.violations.map((v) => ({ ...v, field: `contexts.${context.name}.${v.field}` })));
        return [];
      }
    });
  if (violations.length > 0) throw new ValidationError(invalidNodeConfig, violations);
  return configured;
}
