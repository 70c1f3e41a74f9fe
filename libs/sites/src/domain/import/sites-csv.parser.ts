import { parse } from 'csv-parse/sync';
import type { SiteProfile, SiteStatus } from '../site/site.model';
import type { ImportViolation } from './site-import.errors';
import { SiteImportError } from './site-import.errors';
import { readSiteRecord } from './site-record.reader';
import { duplicateSiteIds } from './duplicate-site-ids';

/** Columns of the site CSV; `status` may be left empty (available). */
export const siteCsvColumns = ['siteId', 'city', 'district', 'type', 'name', 'lat', 'lng', 'power', 'network', 'mounting', 'status'] as const;

/**
 * Parses a site CSV (RFC 4180, header row with siteCsvColumns in any order) into registrable sites.
 * Refuses the whole file with every violation, located by line number, when any row breaks a rule.
 */
export function parseSitesCsv(content: string): (SiteProfile & { status: SiteStatus })[] {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(content, { columns: true, info: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new SiteImportError([{ field: 'file', rule: 'csv.syntax', message: (error as Error).message, ...(line === undefined ? {} : { line }) }]);
  }
  const header = Object.keys(rows[0]?.record ?? {});
  const missing = siteCsvColumns.filter((column) => column !== 'status' && rows.length > 0 && !header.includes(column));
  if (missing.length > 0) {
    throw new SiteImportError(missing.map((column) => ({ field: column, rule: 'csv.column', message: 'column missing from the header', line: 1 })));
  }
  const violations: ImportViolation[] = [];
  const read = rows.map(({ record, info }) => ({ line: info.lines, read: readSiteRecord(record, { lat: record['lat'], lng: record['lng'] }) }));
  const sites: { line: number; site: SiteProfile & { status: SiteStatus } }[] = [];
  for (const { line, read: row } of read) {
    if (row.ok) sites.push({ line, site: row.site });
    else violations.push(...row.violations.map((v) => ({ ...v, line }))); // the line the record ends on (a quoted field may span lines)
  }
  violations.push(...duplicateSiteIds(sites.map(({ line, site }) => ({ siteId: site.siteId, where: { line } }))));
  if (violations.length > 0) throw new SiteImportError(violations);
  return sites.map(({ site }) => site);
}
