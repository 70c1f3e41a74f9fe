import { z } from 'zod';
import { siteStatuses, siteTypes } from '../../domain/site/site.model';

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, dot, dash or underscore, at most 64');

const millisOrIso = (value: string): number => (/^\d{1,15}$/.test(value) ? Number(value) : Date.parse(value));

/** An instant as epoch milliseconds (a number, or digits in a query) or an ISO 8601 date or date-time. */
export const instant = z.union([
  z.number().int().nonnegative(),
  z.string().refine((value) => Number.isFinite(millisOrIso(value)), 'epoch milliseconds or an ISO 8601 date or date-time').transform(millisOrIso),
]);

export const periodBody = z.object({ start: instant, end: instant });

/** `GET /v1/sites`: filters; freeFrom and freeTo together ask for sites free over [freeFrom, freeTo). */
export const sitesQuery = z
  .object({
    city: z.string().optional(),
    district: z.string().optional(),
    type: z.enum(siteTypes).optional(),
    status: z.enum([...siteStatuses, 'retired']).optional(),
    freeFrom: instant.optional(),
    freeTo: instant.optional(),
    format: z.enum(['json', 'geojson']).optional(),
  })
  .refine((q) => (q.freeFrom === undefined) === (q.freeTo === undefined), { path: ['freeTo'], message: 'freeFrom and freeTo go together' })
  .refine((q) => q.freeFrom === undefined || q.freeTo === undefined || q.freeTo > q.freeFrom, { path: ['freeTo'], message: 'must be after freeFrom' });

/** `POST /v1/sites/import?city=`: only the sites of that city are imported, the others are counted as skipped. */
export const importQuery = z.object({ city: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/).optional(), format: z.enum(['csv', 'geojson']).optional() });

export const siteParams = z.object({ siteId: z.string().min(1).max(64) });
export const applicationParams = z.object({ applicationId: id });

/** `POST /v1/applications`: a company's solution at chosen sites over a period, with its data needs. */
export const applicationBody = z.object({
  applicationId: id.optional(),
  /** Only for a city desk applying on a company's behalf; a company's own token names it. */
  companyId: id.optional(),
  solution: z.object({ solutionId: id, version: text(64) }),
  siteIds: z.array(z.string().min(1).max(64)).min(1).max(100),
  period: periodBody,
  dataNeeds: z.object({ categories: z.array(text(64)).max(50).default([]), description: text(2_000) }),
});

export const rejectBody = z.object({ reasons: z.array(text(500)).min(1).max(20) });
export const scheduleBody = z.object({ period: periodBody.optional() });
export const completeBody = z.object({ releaseIds: z.array(id).max(100).default([]), resultIds: z.array(id).max(100).default([]) });
export const withdrawBody = z.object({ reason: text(500) });
export const commandHeaders = z.object({ 'idempotency-key': z.string().min(8).max(128).optional() }).loose();
