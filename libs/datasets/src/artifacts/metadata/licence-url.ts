import { ValidationError } from '@usm/errors';

const SPDX_ID = /^[A-Za-z0-9][A-Za-z0-9.+-]*$/;

/** The licence as a URL: kept when it is one, an SPDX licence id becomes its spdx.org page. */
export function licenceUrl(licence: string): string {
  if (/^https?:\/\/\S+$/.test(licence)) return licence;
  if (SPDX_ID.test(licence)) return `https://spdx.org/licenses/${licence}.html`;
  throw new ValidationError('DATASETS.LICENCE_INVALID', [
    { field: 'usage.licence', rule: 'spdxIdOrUrl', message: 'licence must be an SPDX licence id (e.g. CC-BY-4.0) or an http(s) URL' },
  ]);
}
