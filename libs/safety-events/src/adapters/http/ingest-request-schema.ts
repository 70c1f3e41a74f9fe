import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { rawEventContract } from '../../application/raw-event-contract';
import { eventJsonSchema } from './event-json-schema';

/** Request body of `POST /v1/events`: one event, or `{ events: [...] }`. */
export function ingestRequestSchema(): SchemaObject {
  const { schema, names } = rawEventContract();
  const event = eventJsonSchema(schema, names);
  return {
    oneOf: [
      event,
      {
        type: 'object',
        required: ['events'],
        additionalProperties: false,
        properties: { events: { type: 'array', minItems: 1, items: event, description: 'At most INGEST_MAX_BATCH events' } },
      },
    ],
  };
}
