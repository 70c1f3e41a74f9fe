import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { InFlightLimiter } from '../../application/in-flight-limiter';
import { IngestEventsHandler } from '../../application/ingest-events.handler';
import type { IngestReceipt } from '../../application/ingest-events.handler';
import { ErrorBody, IngestReceiptBody } from './ingest-http.dto';
import { ingestRequestSchema } from './ingest-request-schema';
import { ChecksOwnBodyText, RequiresRole } from '@usm/security';

/** Driving adapter: safety systems post events over HTTP. */
@ApiTags('events')
// The safety event contract refuses control characters itself, naming each field and the map key (see validate-safety-event).
@ChecksOwnBodyText()
@Controller('v1/events')
export class EventsController {
  constructor(
    private readonly ingest: IngestEventsHandler,
    private readonly limiter: InFlightLimiter,
  ) {}

  @Post()
  @RequiresRole('ingest:write')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Ingest one safety event or a batch',
    description:
      'Answers 202 once Kafka acknowledged every new event (acks=all). All or nothing: one invalid event refuses the whole request. ' +
      'Event ids seen before are answered as duplicates and not produced again.',
  })
  @ApiBody({ schema: ingestRequestSchema() })
  @ApiAcceptedResponse({ type: IngestReceiptBody })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'The body breaks the contract; every violation is listed' })
  @ApiConflictResponse({ type: ErrorBody, description: 'Another request is producing some of these ids; retry after Retry-After' })
  @ApiTooManyRequestsResponse({ type: ErrorBody, description: 'Too many requests in flight (PostgreSQL or Kafka cannot keep up); nothing was ingested, retry after Retry-After' })
  @ApiPayloadTooLargeResponse({ type: ErrorBody, description: 'The body exceeds the configured byte limit' })
  @ApiServiceUnavailableResponse({ type: ErrorBody, description: 'Kafka, the registry or the database failed; nothing was acknowledged, retry' })
  ingestEvents(@Body() body: unknown): Promise<IngestReceipt> {
    return this.limiter.run(() => this.ingest.execute({ body }));
  }
}
