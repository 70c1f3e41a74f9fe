import type { AvroSchemaJson, CompatibilityProblem } from '@usm/contracts';
import { allTopics, checkCompatibility, subjectOf } from '@usm/contracts';
import type { RegistryHttp } from './registry-http';
import type { SchemaCommandOptions } from './register-schemas.command';
import { topicSchema } from './topic-schema';
import { prefixedName } from './topic-plan';

export interface SubjectCheck {
  readonly subject: string;
  /** Registered versions, oldest first; empty when the subject is not registered yet. */
  readonly versions: readonly number[];
  readonly problems: readonly CompatibilityProblem[];
  /** Versions the registry itself finds the schema incompatible with. */
  readonly registryRefused: readonly number[];
}

/** Whether every repository schema can be registered. */
export function checksPassed(checks: readonly SubjectCheck[]): boolean {
  return checks.every((check) => check.problems.length === 0 && check.registryRefused.length === 0);
}

/**
 * schemas:check — each repository schema against every registered version of its subject, both locally
 * (checkCompatibility BACKWARD_TRANSITIVE, which names the field) and by the registry itself. The registry
 * is asked version by version: Apicurio 3.3 answers `versions/latest` against the latest version only,
 * even on a BACKWARD_TRANSITIVE subject.
 */
export async function checkSchemas(registry: RegistryHttp, options: SchemaCommandOptions, log: (line: string) => void): Promise<SubjectCheck[]> {
  const checks: SubjectCheck[] = [];
  for (const topic of allTopics()) {
    const subject = subjectOf(prefixedName(topic.name, options.prefix));
    const schema = topicSchema(topic, options.schemas);
    const versions = (await registry.versions(subject)) ?? [];
    const previous = await Promise.all(versions.map(async (v) => JSON.parse((await registry.version(subject, v)).schema) as AvroSchemaJson));
    const problems = checkCompatibility(schema, previous, 'BACKWARD_TRANSITIVE');
    const verdicts = await Promise.all(versions.map((v) => registry.isCompatible(subject, JSON.stringify(schema), v)));
    const registryRefused = versions.filter((_, i) => !verdicts[i]);
    checks.push({ subject, versions, problems, registryRefused });
    checkLines(subject, versions, problems, registryRefused).forEach(log);
  }
  return checks;
}

function checkLines(subject: string, versions: readonly number[], problems: readonly CompatibilityProblem[], refused: readonly number[]): string[] {
  if (versions.length === 0) return [`new ${subject}: not registered yet, nothing to be compatible with`];
  const registrySays = refused.length === 0 ? 'registry: compatible' : `registry: incompatible with version ${refused.join(', ')}`;
  if (problems.length === 0 && refused.length === 0) return [`ok ${subject} (versions ${versions.join(', ')}; ${registrySays})`];
  return [
    `INCOMPATIBLE ${subject} (${registrySays})`,
    ...problems.map((p) => `  ${p.message}, against version ${versions[p.previousIndex] ?? '?'}`),
  ];
}
