import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** 202 body: ids produced by this request, and ids already ingested (or repeated in the batch). */
export class IngestReceiptBody {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Event ids produced to the raw topic and acknowledged by Kafka (acks=all)' })
  accepted!: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Event ids ingested before, or repeated within this batch; not produced again' })
  duplicates!: string[];
}

export class ViolationBody {
  @ApiProperty({ example: 'events[2].location.latitude' })
  field!: string;

  @ApiProperty({ example: 'range' })
  rule!: string;

  @ApiProperty({ example: 'must be between -90 and 90' })
  message!: string;
}

/** Body of every 4xx/5xx answer. */
export class ErrorBody {
  @ApiProperty({ example: 'INGEST.INVALID_EVENTS' })
  code!: string;

  @ApiProperty()
  message!: string;

  @ApiPropertyOptional({ type: [ViolationBody], description: 'Every violated rule, on 400 only' })
  violations?: ViolationBody[];
}
