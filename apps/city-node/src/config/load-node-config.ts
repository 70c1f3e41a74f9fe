import { readFileSync } from 'node:fs';
import { ValidationError, zodViolationsOf } from '@usm/errors';
import type { NodeConfig, NodeConfigSchema } from './node-config.schema';
import { nodeConfigViolations } from './node-config.rules';

/** Stable code of a refused node configuration. */
export const invalidNodeConfig = 'CITY_NODE.INVALID_CONFIG';

/** Validates a parsed configuration document; one ValidationError names every bad field (dotted path) and its rule. */
export function parseNodeConfig(schema: NodeConfigSchema, document: unknown): NodeConfig {
  const parsed = schema.safeParse(document, { reportInput: true });
  if (!parsed.success) throw new ValidationError(invalidNodeConfig, zodViolationsOf(parsed.error.issues, { root: 'config', unknownKeyMessage: 'is not a setting of a city node' }));
  const violations = nodeConfigViolations(parsed.data);
  if (violations.length > 0) throw new ValidationError(invalidNodeConfig, violations);
  return parsed.data;
}

/** Where the document comes from: `--config <file>`, else `CITY_NODE_CONFIG` (a file), else `CITY_NODE_CONFIG_JSON` (inline). */
export function nodeConfigDocument(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, readFile = (path: string) => readFileSync(path, 'utf8')): unknown {
  const flag = argv.indexOf('--config');
  const file = flag >= 0 ? argv[flag + 1] : env['CITY_NODE_CONFIG'];
  const [field, text] = file ? ['CITY_NODE_CONFIG', readable(file, readFile)] : ['CITY_NODE_CONFIG_JSON', env['CITY_NODE_CONFIG_JSON']];
  if (text === undefined || text.trim() === '') {
    throw new ValidationError(invalidNodeConfig, [{ field: 'CITY_NODE_CONFIG', rule: 'required', message: 'is required: pass --config <file>, CITY_NODE_CONFIG=<file> or CITY_NODE_CONFIG_JSON' }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ValidationError(invalidNodeConfig, [{ field, rule: 'json', message: 'must hold one JSON document' }]);
  }
}

function readable(file: string, readFile: (path: string) => string): string {
  try {
    return readFile(file);
  } catch {
    throw new ValidationError(invalidNodeConfig, [{ field: 'CITY_NODE_CONFIG', rule: 'readable', message: 'must name a readable JSON file' }]);
  }
}
