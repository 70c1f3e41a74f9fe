import type { RawSafetyEvent } from '@usm/privacy';
import { generateIdentifierCorpus, generateRawEvents } from '../../libs/privacy/src/testing';

/**
 * The bench's raw events for a node. The generator spreads events over six cities and every legal basis; a
 * node dead-letters other cities' events and keeps most bases local, which would time the cheap paths. The
 * bench times the path that does all the work: the node's own city, a registered system of the event's kind,
 * pseudonymised research.
 */
export function benchRawEvents(count: number, city: string): RawSafetyEvent[] {
  return generateRawEvents(20_261_121, count, generateIdentifierCorpus(20_261_121, 60)).map((event, index) => {
    const systemId = `${city}-${event.source.kind}-${(index % 40) + 1}`;
    return { ...event, city, source: { ...event.source, systemId, legalBasis: 'pseudonymisedResearch' } };
  });
}
