import { ConcurrencyError, RuleViolationError } from '@usm/errors';
import { ReservationConflictError } from '../../domain/reservation/reservation.errors';
import { httpFailureOf } from './http-failure';
import { parseRequest } from './parse-request';
import { sitesQuery } from './request-schemas';
import { filterOf, importFormatOf, wantsGeoJson } from './site-request-shapes';

const held = { reservationId: 'app-1@s1', siteId: 's1', applicationId: 'app-1', period: { start: 0, end: 10 } };

describe('sites HTTP shapes', () => {
  it('reads free periods as ISO dates or epoch millis, and wants both ends', () => {
    expect(filterOf(parseRequest(sitesQuery, { district: 'Buk-gu', freeFrom: '2030-01-01', freeTo: String(Date.UTC(2030, 0, 2)) }, 'query'))).toEqual({
      district: 'Buk-gu',
      freeDuring: { start: Date.UTC(2030, 0, 1), end: Date.UTC(2030, 0, 2) },
    });
    expect(() => parseRequest(sitesQuery, { freeFrom: '2030-01-01' }, 'query')).toThrow(expect.objectContaining({ violations: [expect.objectContaining({ field: 'query.freeTo' })] }));
    expect(() => parseRequest(sitesQuery, { freeFrom: '2030-01-02', freeTo: '2030-01-01' }, 'query')).toThrow();
  });

  it('answers GeoJSON by format, else by Accept; picks the import parser by format or content type', () => {
    expect(wantsGeoJson(undefined, 'application/geo+json, application/json;q=0.5')).toBe(true);
    expect(wantsGeoJson(undefined, 'application/json')).toBe(false);
    expect(wantsGeoJson('json', 'application/geo+json')).toBe(false);
    expect(importFormatOf(undefined, 'text/csv; charset=utf-8', 'a,b')).toBe('csv');
    expect(importFormatOf(undefined, 'application/geo+json', {})).toBe('geojson');
    expect(() => importFormatOf('csv', 'application/json', {})).toThrow();
  });

  it('answers a taken slot with 409 naming the conflicting reservations, a refused transition with 422, a lost race with 409', () => {
    const conflict = httpFailureOf(new ReservationConflictError({ ...held, reservationId: 'app-2@s1', applicationId: 'app-2' }, [held]));
    expect(conflict).toEqual({ status: 409, body: expect.objectContaining({ code: 'SITES.RESERVATION_CONFLICT', siteId: 's1', conflictingReservations: [{ reservationId: 'app-1@s1', applicationId: 'app-1', period: held.period }] }) });
    expect(httpFailureOf(new RuleViolationError('SITES.APPLICATION_WRONG_STATUS', 'no', { details: { rule: 'application.lifecycle' } })).status).toBe(422);
    expect(httpFailureOf(new ConcurrencyError('EVENT_SOURCING.VERSION_CONFLICT', 1, 2)).status).toBe(409);
    expect(httpFailureOf(new Error('boom'))).toEqual({ status: 500, body: { code: 'SITES.INTERNAL_ERROR', message: 'Internal error' } });
  });
});
