import type { AclBinding } from '@usm/messaging';
import { aclKeyOf, managedByTopicsApply } from '@usm/messaging';

/** What topics:apply does to the ACLs of the principals it manages. */
export interface AclChanges {
  readonly create: readonly AclBinding[];
  readonly delete: readonly AclBinding[];
  readonly unchanged: number;
}

/**
 * Diffs the bindings in force against the wanted ones (distinct bindings). Only principals topics:apply manages are touched (never
 * `partner-*`, which follow agreements, nor anyone else's); stale bindings are deleted only when `pruneStale`
 * (a prefixed test run adds its own bindings beside the city's and must not remove those); `keep` spares the
 * bindings of such runs from a run without prefix.
 */
export function aclChangesOf(wanted: readonly AclBinding[], inForce: readonly AclBinding[], pruneStale: boolean, keep: (binding: AclBinding) => boolean = () => false): AclChanges {
  const managed = inForce.filter((b) => managedByTopicsApply(b.principal));
  const present = new Set(managed.map(aclKeyOf));
  const wantedKeys = new Set(wanted.map(aclKeyOf));
  const create = wanted.filter((b) => !present.has(aclKeyOf(b)));
  return {
    create,
    delete: pruneStale ? managed.filter((b) => !wantedKeys.has(aclKeyOf(b)) && !keep(b)) : [],
    unchanged: wanted.length - create.length,
  };
}

export const describeAclBinding = (b: AclBinding): string => `User:${b.principal} ${b.operation} ${b.resource} ${b.pattern === 'prefixed' ? `${b.name}*` : b.name}`;
