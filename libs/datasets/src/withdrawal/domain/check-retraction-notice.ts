import type { RetractionNotice } from './retraction-notice';
import { noticeInvalid } from './withdrawal.errors';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A notice as this city acts on it: from the city it claims (a partner may retract only its own events), with
 * at least one event id, every id a UUID, ids sorted and without duplicates. Throws a ValidationError otherwise.
 */
export function checkRetractionNotice(notice: RetractionNotice, fromCity: string): RetractionNotice {
  if (!uuid.test(notice.noticeId)) throw noticeInvalid('noticeId', 'uuid', 'the notice id must be a UUID');
  if (notice.city !== fromCity) throw noticeInvalid('city', 'source-city', `a notice arriving from ${fromCity} may retract only ${fromCity}'s events`);
  if (notice.eventIds.length === 0) throw noticeInvalid('eventIds', 'non-empty', 'a notice must retract at least one event');
  const bad = notice.eventIds.findIndex((id) => !uuid.test(id));
  if (bad >= 0) throw noticeInvalid(`eventIds[${bad}]`, 'uuid', 'every retracted event id must be a UUID');
  return { ...notice, eventIds: [...new Set(notice.eventIds.map((id) => id.toLowerCase()))].sort() };
}
