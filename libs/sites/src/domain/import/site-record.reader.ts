import type { FieldViolation } from '@usm/errors';
import type { SiteProfile, SiteStatus, SiteType, NetworkKind, MountingKind } from '../site/site.model';
import { siteStatuses } from '../site/site.model';
import { siteProfileViolations } from '../site/site-profile.rules';

/** A site as an import row holds it: CSV gives strings, GeoJSON gives typed JSON values. */
export type SiteRecord = Readonly<Record<string, unknown>>;

/** A row read into a site, or the rules it broke. */
export type ReadSite = { readonly ok: true; readonly site: SiteProfile & { readonly status: SiteStatus } } | { readonly ok: false; readonly violations: FieldViolation[] };

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

function number(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return Number.NaN;
}

function flag(value: unknown, found: FieldViolation[]): boolean {
  if (typeof value === 'boolean') return value;
  const word = text(value).toLowerCase();
  if (['true', 'yes', '1'].includes(word)) return true;
  if (['false', 'no', '0'].includes(word)) return false;
  found.push({ field: 'power', rule: 'power.boolean', message: 'true or false (yes/no, 1/0)' });
  return false;
}

function status(value: unknown, found: FieldViolation[]): SiteStatus {
  const word = text(value);
  if (word === '') return 'available';
  if ((siteStatuses as readonly string[]).includes(word)) return word as SiteStatus;
  found.push({ field: 'status', rule: 'status.enum', message: `one of ${siteStatuses.join(', ')}` });
  return 'available';
}

/** Reads one record with the same rules as RegisterSite; an empty status means available. */
export function readSiteRecord(record: SiteRecord, location: { lat: unknown; lng: unknown }): ReadSite {
  const found: FieldViolation[] = [];
  const site = {
    siteId: text(record['siteId']),
    city: text(record['city']),
    district: text(record['district']),
    type: text(record['type']) as SiteType,
    name: text(record['name']),
    location: { lat: number(location.lat), lng: number(location.lng) },
    infrastructure: {
      power: flag(record['power'], found),
      network: (text(record['network']) || 'none') as NetworkKind,
      mounting: (text(record['mounting']) || 'none') as MountingKind,
    },
    status: status(record['status'], found),
  };
  found.push(...siteProfileViolations(site));
  return found.length === 0 ? { ok: true, site } : { ok: false, violations: found };
}
