/** Where a string sits in a record: the dotted path of record fields, `[]` for array items, `{}` for map keys. */
export interface StringSite {
  /** E.g. `description`, `vehiclePseudonyms[]`, `attributes.lane`, `attributes{}` (a key). */
  readonly path: string;
  /** The record's top-level field the string belongs to: a schema field name, never data. */
  readonly field: string;
  readonly text: string;
}

/** Decides, from its path and text, whether a string is kept as a site. */
export type SiteFilter = (path: string, text: string) => boolean;

const everySite: SiteFilter = () => true;

/**
 * Every string of a value, however deep: record fields, array items, and both keys and values of
 * maps. Keys are visited too, since a map key is as free as its value. Numbers, booleans and nulls
 * cannot carry text and are skipped. With `keep`, only the strings it accepts become sites.
 */
export function walkStrings(value: unknown, keep: SiteFilter = everySite): StringSite[] {
  const sites: StringSite[] = [];
  visit(value, '', '', sites, keep);
  return sites;
}

function visit(value: unknown, path: string, field: string, sites: StringSite[], keep: SiteFilter): void {
  if (typeof value === 'string') {
    if (keep(path, value)) sites.push({ path, field, text: value });
  } else if (Array.isArray(value)) {
    const itemPath = `${path}[]`;
    for (const item of value) visit(item, itemPath, field, sites, keep);
  } else if (value instanceof Map) {
    const keyPath = `${path}{}`;
    for (const [key, item] of value) visitEntry(key, item, path, keyPath, field, sites, keep);
  } else if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) {
    const keyPath = `${path}{}`;
    for (const key in value) {
      if (Object.hasOwn(value, key)) visitEntry(key, (value as Record<string, unknown>)[key], path, keyPath, field, sites, keep);
    }
  }
}

function visitEntry(key: unknown, item: unknown, path: string, keyPath: string, field: string, sites: StringSite[], keep: SiteFilter): void {
  const keyText = String(key);
  const top = field === '' ? keyText : field;
  // Keys of nested objects are free text only inside maps, but scanning record field names costs nothing and finds nothing.
  if (path !== '' && keep(keyPath, keyText)) sites.push({ path: keyPath, field: top, text: keyText });
  // Nulls, numbers and booleans hold no string: their path is not even built.
  if (typeof item === 'object' ? item !== null : typeof item === 'string') visit(item, path === '' ? keyText : `${path}.${keyText}`, top, sites, keep);
}
