import { ValidationError } from '@usm/errors';
import type { z } from 'zod';
import type { SiteFilter } from '../../domain/query/site-queries';
import { invalidRequestCode } from './parse-request';
import type { sitesQuery } from './request-schemas';

/** The registry filter of a parsed `GET /v1/sites` query. */
export function filterOf(query: z.output<typeof sitesQuery>): SiteFilter {
  const { city, district, type, status, freeFrom, freeTo } = query;
  return {
    ...(city === undefined ? {} : { city }),
    ...(district === undefined ? {} : { district }),
    ...(type === undefined ? {} : { type }),
    ...(status === undefined ? {} : { status }),
    ...(freeFrom === undefined || freeTo === undefined ? {} : { freeDuring: { start: freeFrom, end: freeTo } }),
  };
}

/** GeoJSON when asked by `format=geojson`, or by an Accept header preferring `application/geo+json`. */
export function wantsGeoJson(format: 'json' | 'geojson' | undefined, accept: string | undefined): boolean {
  if (format !== undefined) return format === 'geojson';
  return (accept ?? '').split(',').some((entry) => entry.trim().toLowerCase().startsWith('application/geo+json'));
}

/** Which parser an uploaded file needs: named by `format`, else by its content type. */
export function importFormatOf(format: 'csv' | 'geojson' | undefined, contentType: string | undefined, body: unknown): 'csv' | 'geojson' {
  const chosen = format ?? (/^text\/(csv|plain)/i.test(contentType ?? '') ? 'csv' : 'geojson');
  if ((chosen === 'csv') !== (typeof body === 'string')) {
    throw new ValidationError(invalidRequestCode, [{ field: 'body', rule: 'content-type', message: 'send CSV as text/csv, GeoJSON as application/geo+json or application/json' }]);
  }
  return chosen;
}
