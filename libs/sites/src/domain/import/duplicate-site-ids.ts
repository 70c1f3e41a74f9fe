import type { ImportViolation } from './site-import.errors';

/** A violation for each site id seen before in the same import, located where it repeats. */
export function duplicateSiteIds(entries: readonly { siteId: string; where: { line?: number; feature?: number } }[]): ImportViolation[] {
  const seen = new Set<string>();
  const found: ImportViolation[] = [];
  for (const { siteId, where } of entries) {
    if (seen.has(siteId)) found.push({ field: 'siteId', rule: 'siteId.unique', message: `site ${siteId} appears twice`, ...definedOnly(where) });
    seen.add(siteId);
  }
  return found;
}

const definedOnly = (where: { line?: number; feature?: number }) =>
  Object.fromEntries(Object.entries(where).filter(([, value]) => value !== undefined)) as { line?: number; feature?: number };
