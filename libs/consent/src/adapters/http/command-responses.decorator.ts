import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { z } from 'zod';
import { openApiSchemaOf } from './parse-request';
import { errorSchema, receiptSchema } from './response-schemas';

/** OpenAPI of a command endpoint: its body, the command headers and every answer it can give. */
export function CommandEndpoint(body: z.ZodType, notFound = true): MethodDecorator {
  return applyDecorators(
    ApiBody({ schema: openApiSchemaOf(body) }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Command id; a repeated key replays the first answer' }),
    ApiResponse({ status: 201, schema: receiptSchema, description: 'Events appended (or replayed for a repeated key)' }),
    ApiResponse({ status: 200, schema: receiptSchema, description: 'Nothing to record: the command changes nothing' }),
    ApiResponse({ status: 400, schema: errorSchema, description: 'Invalid request; every field and rule is listed' }),
    ApiResponse({ status: 401, description: 'No valid bearer token' }),
    ApiResponse({ status: 403, description: "The token's roles do not allow this" }),
    ...(notFound ? [ApiResponse({ status: 404, schema: errorSchema, description: 'Unknown aggregate' })] : []),
    ApiResponse({ status: 409, schema: errorSchema, description: 'expectedVersion is stale: expected and actual versions given' }),
    ApiResponse({ status: 422, schema: errorSchema, description: 'The aggregate refuses the command in its state (stable code)' }),
  );
}
