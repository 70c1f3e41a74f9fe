import type { AclBinding, AclOperation } from '@usm/messaging';
import { aclKeyOf } from '@usm/messaging';
import type { SharingAgreement } from './replication-flow';

/** The principal a partner city reads this city's cluster with (issued by this city). */
export const partnerPrincipalOf = (partnerCity: string): string => `partner-${partnerCity}`;

/** Whether a principal (without `User:`) is one the federation governs. */
export const isPartnerPrincipal = (principal: string): boolean => principal.startsWith('partner-');

/**
 * What a partner may do on a covered topic: fetch records, see the topic in metadata, and read its
 * configuration (MirrorMaker 2 copies topic configs with `sync.topic.configs.enabled=true`). Nothing else.
 */
const partnerTopicOperations: readonly AclOperation[] = ['read', 'describe', 'describe-configs'];

/**
 * The broker rules the agreements in force give partners: for each active agreement with a partner city,
 * `partner-<city>` may read exactly the topics it covers (literal names, under the cluster's topic prefix).
 * Companies get no broker principal, and an agreement naming this city itself gives nothing. Sorted and
 * without duplicates, so equal agreements always give equal rules.
 */
export function partnerAclsOf(agreementsInForce: readonly SharingAgreement[], city: string, topicPrefix = ''): readonly AclBinding[] {
  const bindings = new Map<string, AclBinding>();
  for (const agreement of agreementsInForce) {
    if (agreement.status !== 'active' || agreement.partnerKind !== 'city' || agreement.partner === city) continue;
    for (const topic of agreement.topics) {
      for (const operation of partnerTopicOperations) {
        const binding: AclBinding = { principal: partnerPrincipalOf(agreement.partner), resource: 'topic', name: `${topicPrefix}${topic}`, pattern: 'literal', operation };
        bindings.set(aclKeyOf(binding), binding);
      }
    }
  }
  return [...bindings.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, binding]) => binding);
}

/** What to create and what to delete so that the rules in force become the wanted ones. */
export interface AclChanges {
  readonly grant: readonly AclBinding[];
  readonly revoke: readonly AclBinding[];
}

/** The difference between the rules in force and the wanted ones, by `aclKeyOf`. */
export function aclChangesOf(inForce: readonly AclBinding[], wanted: readonly AclBinding[]): AclChanges {
  const have = new Set(inForce.map(aclKeyOf));
  const want = new Set(wanted.map(aclKeyOf));
  return { grant: dedupe(wanted.filter((b) => !have.has(aclKeyOf(b)))), revoke: dedupe(inForce.filter((b) => !want.has(aclKeyOf(b)))) };
}

/** Two sets of rules are the same when they hold the same keys. */
export function sameAcls(a: readonly AclBinding[], b: readonly AclBinding[]): boolean {
  const changes = aclChangesOf(a, b);
  return changes.grant.length === 0 && changes.revoke.length === 0;
}

function dedupe(bindings: readonly AclBinding[]): readonly AclBinding[] {
  return [...new Map(bindings.map((b) => [aclKeyOf(b), b])).values()];
}
