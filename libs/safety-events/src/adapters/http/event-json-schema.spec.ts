import { rawEventContract } from '../../application/raw-event-contract';
import { eventJsonSchema } from './event-json-schema';

describe('eventJsonSchema', () => {
  const { schema, names } = rawEventContract();
  const event = eventJsonSchema(schema, names);

  it('requires exactly the fields without a default and refuses others', () => {
    expect(event).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: ['eventId', 'city', 'source', 'category', 'subCategory', 'severity', 'occurredAt', 'reportedAt', 'location'],
    });
  });

  it('describes timestamps as date-times, optional fields as nullable, and carries privacy tags', () => {
    expect(event.properties?.['occurredAt']).toMatchObject({ type: 'string', format: 'date-time', 'x-privacy': 'quasi', description: expect.stringContaining('ISO 8601') });
    expect(event.properties?.['eventId']).toMatchObject({ type: 'string', format: 'uuid' });
    expect(event.properties?.['reporter']).toMatchObject({ type: 'object', nullable: true, properties: { phone: { type: 'string', nullable: true, 'x-privacy': 'direct' } } });
    expect(event.properties?.['reporter']).not.toHaveProperty('required');
    expect(event.properties?.['category']).toMatchObject({ type: 'string', enum: expect.arrayContaining(['traffic', 'security']) });
    expect(event.properties?.['attributes']).toMatchObject({ type: 'object', additionalProperties: { type: 'string' } });
  });
});
