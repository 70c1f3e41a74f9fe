/** Where a string sits in a record: the dotted path of record fields, `[]` for array items, `{}` for map keys. */
export interface StringSite {
  /** E.g. `description`, `vehiclePseudonyms[]`, `attributes.lane`, `attributes{}` (a key). */
  readonly path: string;
  /** The record's top-level field the string belongs to: a schema field name, never data. */
  readonly field: string;
  readonly text: string;
}

/**
 * Every string of a value, however deep: record fields, array items, and both keys and values of
 * maps. Keys are visited too, since a map key is as free as its value. Numbers, booleans and nulls
 * cannot carry text and are skipped.
 */
export function walkStrings(value: unknown): StringSite[] {
  const sites: StringSite[] = [];
  visit(value, '', '', sites);
  return sites;
}

function visit(value: unknown, path: string, field: string, sites: StringSite[]): void {
  if (typeof value === 'string') {
    sites.push({ path, field, text: value });
  } else if (Array.isArray(value)) {
    for (const item of value) visit(item, `${path}[]`, field, sites);
  } else if (value instanceof Map) {
    for (const [key, item] of value) visitEntry(key, item, path, field, sites);
  } else if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) {
    for (const [key, item] of Object.entries(value)) visitEntry(key, item, path, field, sites);
  }
}

function visitEntry(key: unknown, item: unknown, path: string, field: string, sites: StringSite[]): void {
  const keyText = String(key);
  const top = field === '' ? keyText : field;
  // Keys of nested objects are free text only inside maps, but scanning record field names costs nothing and finds nothing.
  if (path !== '') sites.push({ path: `${path}{}`, field: top, text: keyText });
  visit(item, path === '' ? keyText : `${path}.${keyText}`, top, sites);
}
