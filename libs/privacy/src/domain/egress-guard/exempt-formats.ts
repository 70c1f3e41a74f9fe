import { alertCategories, alertSeverities, alertSubCategories, legalBasisSymbols, sourceKindSymbols } from '@usm/contracts';
import { districtIdsOf } from '../gazetteer/canonical-district';
import type { AttributeDeclarations } from '../policy/attribute-rule';
import { declaredAttributeExemptions } from './declared-attribute-exemptions';
import { isPolicyVersion } from '../policy/policy-version';

/** What the exemptions compare against: the key id the event's pseudonyms must carry, and the node's city. */
export interface ExemptionContext {
  readonly keyId: string;
  /** The node's city: its id and its gazetteer's district ids are closed values. Without it both are searched. */
  readonly city?: string;
  /** The policy's attribute declarations: declared keys and closed-kind values are not searched. */
  readonly attributes?: AttributeDeclarations;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const h3Cell = /^8[0-9a-f]{14}$/;
const ageBand = /^\d{1,3}(?:-\d{1,3}|\+)$/;
const keyIdFormat = /^[A-Za-z0-9._-]{1,64}$/;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pseudonym this key made: `hmac-sha256:<keyId>:` and 43 base64url characters (32 bytes), nothing else. */
function isPseudonymOf(keyId: string): (text: string) => boolean {
  const pattern = new RegExp(`^hmac-sha256:${escapeRegExp(keyId)}:[A-Za-z0-9_-]{43}$`);
  return (text) => pattern.test(text);
}

/**
 * Machine-made values the detectors would misread (hex digits of a pseudonym, a UUID's digit runs),
 * exempt only at the one path where the anonymiser writes them and only in their exact format. The
 * same string anywhere else, or a value at these paths that does not fit the format, is searched.
 */
export function exemptionsOf(context: ExemptionContext): ReadonlyMap<string, (text: string) => boolean> {
  const cacheKey = `${context.keyId}\n${context.city ?? ''}\n${context.attributes === undefined ? '' : declarationsId(context.attributes)}`;
  const cached = exemptionCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const declared = context.attributes === undefined ? [] : declaredAttributeExemptions(context.attributes);
  const exemptions = new Map([...formatExemptions(context), ...closedValueExemptions(context.city), ...declared]);
  if (exemptionCache.size > 64) exemptionCache.clear();
  exemptionCache.set(cacheKey, exemptions);
  return exemptions;
}

// One compiled set per key id and city: building the pseudonym pattern per record costs more than the check.
const exemptionCache = new Map<string, ReadonlyMap<string, (text: string) => boolean>>();
// Declarations are compared by identity: a loaded policy's object stays the same for the life of the pipeline.
const declarationIds = new WeakMap<AttributeDeclarations, number>();
let nextDeclarationsId = 1;
function declarationsId(declarations: AttributeDeclarations): number {
  const known = declarationIds.get(declarations);
  if (known !== undefined) return known;
  const id = nextDeclarationsId++;
  declarationIds.set(declarations, id);
  return id;
}

const memberOf = (values: Iterable<string>): ((text: string) => boolean) => {
  const set = new Set(values);
  return (text) => set.has(text);
};

const closedVocabularies: ReadonlyArray<readonly [string, (text: string) => boolean]> = [
  ['category', memberOf(alertCategories)],
  ['severity', memberOf(alertSeverities)],
  ['source.kind', memberOf(sourceKindSymbols)],
  ['source.legalBasis', memberOf(legalBasisSymbols)],
  ['subCategory', memberOf(Object.values(alertSubCategories).flat())],
  // Field names of the contract's nested records: keys the anonymiser writes, never a source.
  ['source{}', memberOf(['kind', 'legalBasis'])],
  ['privacy{}', memberOf(['policyVersion', 'keyId'])],
];

// Values the anonymiser only writes from a closed list (contract enums, FIWARE sub-categories, the node's
// city and its gazetteer's district ids) cannot carry anything a source typed; a value outside the list is searched.
function closedValueExemptions(city: string | undefined): Array<readonly [string, (text: string) => boolean]> {
  if (city === undefined) return [...closedVocabularies];
  return [...closedVocabularies, ['city', (text) => text === city], ['district', memberOf(districtIdsOf(city))]];
}

function formatExemptions(context: ExemptionContext): Array<readonly [string, (text: string) => boolean]> {
  const pseudonym = isPseudonymOf(context.keyId);
  return [
    ['eventId', (text) => uuid.test(text)],
    ['h3Cell', (text) => h3Cell.test(text)],
    ['reporterPseudonym', pseudonym],
    ['vehiclePseudonyms[]', pseudonym],
    ['privacy.policyVersion', isPolicyVersion],
    ['ageBand', (text) => ageBand.test(text)],
    ['privacy.keyId', (text) => text === context.keyId && keyIdFormat.test(text)],
  ];
}
