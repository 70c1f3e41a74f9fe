import { allTopics } from '../catalog/topic-lookup';
import { loadValueSchema } from '../schemas/load-value-schema';
import { asyncApiDocument } from './asyncapi-document';

let cached: Record<string, unknown> | undefined;

/** The AsyncAPI document of the workspace's catalog and `schemas/`, built once per process. */
export function workspaceAsyncApi(): Record<string, unknown> {
  cached ??= asyncApiDocument({ topics: allTopics(), valueSchemaOf: loadValueSchema, version: '1.0.0' });
  return cached;
}
