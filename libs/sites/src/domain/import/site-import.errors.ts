import { ValidationError } from '@usm/errors';
import type { FieldViolation } from '@usm/errors';

/** One broken rule in an import, located by CSV line (1-based, the header is line 1) or GeoJSON feature index (0-based). */
export interface ImportViolation extends FieldViolation {
  readonly line?: number;
  readonly feature?: number;
}

export const SiteImportErrorCode = { Invalid: 'SITES.IMPORT_INVALID' } as const;

/** An import refused as a whole, listing every violation found (where, field, rule), never the row's values. */
export class SiteImportError extends ValidationError {
  constructor(readonly importViolations: readonly ImportViolation[]) {
    super(SiteImportErrorCode.Invalid, importViolations.map((v) => ({ ...v, message: `${locate(v)}: ${v.message}` })), {
      details: { line: importViolations[0]?.line, feature: importViolations[0]?.feature },
    });
  }
}

function locate(violation: ImportViolation): string {
  if (violation.line !== undefined) return `line ${violation.line}`;
  if (violation.feature !== undefined) return `feature ${violation.feature}`;
  return 'file';
}
