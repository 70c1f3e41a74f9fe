import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FieldViolation } from '@usm/errors';
import { NotFoundError, ValidationError } from '@usm/errors';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { RegisteredSourceSystem, SourceSystemRegistry } from '../../domain/release/source-system-registry';
import { sourceSystemsErrorCodes } from './source-systems-error-codes';
import type { SourceSystemsDocument } from './source-systems.schema';
import { sourceSystemsSchema } from './source-systems.schema';

/** The registry shipped with the library for a city (libs/privacy/policies/source-systems.<city>.yaml). */
export const defaultSourceSystemsPath = (city: string): string => join(__dirname, '..', '..', '..', 'policies', `source-systems.${city}.yaml`);

const invalid = (violations: FieldViolation[]) => new ValidationError(sourceSystemsErrorCodes.invalid, violations);

/**
 * The registry of `city` from YAML text. Throws PRIVACY.INVALID_SOURCE_SYSTEMS naming each broken key
 * (`systems.<id>.legalBases`, …) and rule, also when the file is another city's or two ids collide.
 */
export function sourceSystemsFromYaml(text: string, city: string): SourceSystemRegistry {
  const document = parseDocument(text);
  const [syntax] = document.errors;
  if (syntax) throw invalid([{ field: 'source-systems', rule: 'yaml-syntax', message: `line ${syntax.linePos?.[0].line ?? '?'}: ${syntax.code}` }]);
  const parsed = sourceSystemsSchema.safeParse(document.toJS(), { reportInput: true });
  if (!parsed.success) throw invalid(parsed.error.issues.flatMap(violationsOf));
  if (parsed.data.city !== city) throw invalid([{ field: 'city', rule: 'node-city', message: `must be this node's city (${city})` }]);
  return { city, systems: expandSystems(parsed.data) };
}

/** Reads a registry file; a missing file is PRIVACY.SOURCE_SYSTEMS_NOT_FOUND. */
export async function loadSourceSystems(path: string, city: string): Promise<SourceSystemRegistry> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new NotFoundError(sourceSystemsErrorCodes.notFound, `source-system registry ${path} cannot be read`, { cause });
  }
  return sourceSystemsFromYaml(text, city);
}

function expandSystems(document: SourceSystemsDocument): Map<string, RegisteredSourceSystem> {
  const systems = new Map<string, RegisteredSourceSystem>();
  const violations: FieldViolation[] = [];
  for (const [id, { kind, legalBases, instances }] of Object.entries(document.systems)) {
    const ids = instances === undefined ? [id] : Array.from({ length: instances }, (_, index) => `${id}-${index + 1}`);
    for (const systemId of ids) {
      if (systems.has(systemId)) violations.push({ field: `systems.${id}`, rule: 'unique-id', message: 'registers an id another entry registers' });
      systems.set(systemId, { kind, legalBases });
    }
  }
  if (violations.length > 0) throw invalid(violations);
  return systems;
}

function violationsOf(issue: z.core.$ZodIssue): FieldViolation[] {
  const path = issue.path.map(String);
  const field = path.length === 0 ? 'source-systems' : path.join('.');
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ field: [...path, key].join('.'), rule: 'unknown-key', message: 'is not a registry setting' }));
  const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && 'input' in issue && issue.input === undefined;
  const custom = issue.code === 'custom' && typeof issue.params?.['rule'] === 'string' ? issue.params['rule'] : undefined;
  return [{ field, rule: custom ?? (missing ? 'required' : issue.code.replace(/_/g, '-')), message: issue.message }];
}
