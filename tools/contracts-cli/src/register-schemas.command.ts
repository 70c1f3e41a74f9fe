import type { SchemaDirectory } from '@usm/contracts';
import { allTopics, subjectOf } from '@usm/contracts';
import type { RegistryHttp } from './registry-http';
import { topicSchema } from './topic-schema';
import { prefixedName } from './topic-plan';

export interface SchemaRegistration {
  readonly subject: string;
  readonly id: number;
  readonly version: number;
  readonly registered: boolean;
  readonly compatibilitySet: boolean;
}

export interface SchemaCommandOptions {
  readonly prefix?: string;
  /** Schemas to use instead of the workspace's `schemas/`. */
  readonly schemas?: SchemaDirectory;
}

const level = 'BACKWARD_TRANSITIVE';

/**
 * schemas:register — registers every value schema under `<topic>-value`, then sets BACKWARD_TRANSITIVE on
 * the subject. The config comes second: Apicurio before 3.3 refuses a config for a subject that does not exist yet.
 * Idempotent: an already registered schema keeps its version and the level is only set when it differs.
 */
export async function registerSchemas(registry: RegistryHttp, options: SchemaCommandOptions, log: (line: string) => void): Promise<SchemaRegistration[]> {
  const results: SchemaRegistration[] = [];
  for (const topic of allTopics()) {
    const subject = subjectOf(prefixedName(topic.name, options.prefix));
    const schema = JSON.stringify(topicSchema(topic, options.schemas));
    const known = await registry.lookup(subject, schema);
    const id = known?.id ?? (await registry.register(subject, schema));
    const version = known?.version ?? (await registry.lookup(subject, schema))?.version ?? -1;
    const compatibilitySet = (await registry.compatibilityLevel(subject)) !== level;
    if (compatibilitySet) await registry.setCompatibilityLevel(subject, level);
    results.push({ subject, id, version, registered: !known, compatibilitySet });
    log(`${known ? 'unchanged' : 'registered'} ${subject} (id ${id}, version ${version}); compatibility ${level}${compatibilitySet ? ' set' : ''}`);
  }
  return results;
}
