import * as jsonld from 'jsonld';

type JsonObject = Record<string, unknown>;

// The network is closed and documents must be self-contained: any context fetch is a test failure.
const refuseNetwork = (url: string): Promise<never> => Promise.reject(new Error(`context fetch refused: ${url}`));

export async function expandOffline(doc: JsonObject): Promise<JsonObject[]> {
  return (await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader: refuseNetwork as never })) as JsonObject[];
}

function jsonTypedTerms(context: JsonObject): Set<string> {
  return new Set(Object.entries(context).filter(([, d]) => typeof d === 'object' && d !== null && (d as JsonObject)['@type'] === '@json').map(([k]) => k));
}

function collectKeys(value: unknown, opaque: Set<string>, into: Set<string>): void {
  if (Array.isArray(value)) return value.forEach((item) => collectKeys(item, opaque, into));
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value as JsonObject)) {
    if (key.startsWith('@')) continue;
    into.add(key);
    if (!opaque.has(key)) collectKeys(child, opaque, into);
  }
}

/**
 * Every non-@ key used anywhere in the document, with the IRI the document's own context expands it to
 * (undefined when JSON-LD expansion would drop it). Values of @json terms are data, not terms, and are skipped.
 */
export async function termIris(doc: JsonObject): Promise<Map<string, string | undefined>> {
  const context = doc['@context'] as JsonObject;
  const keys = new Set<string>();
  collectKeys({ ...doc, '@context': undefined }, jsonTypedTerms(context), keys);
  const iris = new Map<string, string | undefined>();
  for (const key of [...keys].sort()) {
    const [expanded] = await expandOffline({ '@context': context, [key]: 'probe' });
    iris.set(key, expanded ? Object.keys(expanded)[0] : undefined);
  }
  return iris;
}

/** Number of property values in a JSON-LD tree (expanded or compact), to check expansion kept every value. */
export function countProperties(value: unknown, opaque: ReadonlySet<string> = new Set()): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countProperties(item, opaque), 0);
  if (typeof value !== 'object' || value === null) return 0;
  return Object.entries(value as JsonObject).reduce(
    (sum, [key, child]) => (key.startsWith('@') ? sum : sum + 1 + (opaque.has(key) ? 0 : countProperties(child, opaque))),
    0,
  );
}
