import type { FieldViolation } from '@usm/errors';

/** ISO 8601 date-time with seconds and an explicit offset: a local time would be ambiguous. */
const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export const dateTimeMessage = 'must be an ISO 8601 date-time with seconds and an offset, e.g. 2025-05-01T09:30:00Z';

/** An ISO date-time as epoch millis; anything else is left as it is, with a `format` violation. */
export function shapeTimestamp(json: unknown, violations: FieldViolation[], path: string): unknown {
  if (json === null || json === undefined) return json;
  const millis = typeof json === 'string' && isCalendarDateTime(json) ? Date.parse(json) : Number.NaN;
  if (Number.isNaN(millis)) {
    violations.push({ field: path, rule: 'format', message: dateTimeMessage });
    return json;
  }
  return millis;
}

/** Date.parse rolls 2025-02-30 over into March and takes hour 24; a source sending either has a bug worth hearing about. */
function isCalendarDateTime(text: string): boolean {
  const [, year, month, day, hour] = (isoDateTime.exec(text) ?? []).map(Number);
  if (year === undefined || month === undefined || day === undefined || hour === undefined) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23;
}
