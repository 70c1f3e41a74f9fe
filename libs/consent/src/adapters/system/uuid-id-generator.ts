import { randomUUID } from 'node:crypto';
import type { IdGenerator } from '../../application/ports';

/** Random UUIDs (v4). */
export const uuidIdGenerator: IdGenerator = { newId: () => randomUUID() };
