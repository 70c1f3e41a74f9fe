import type { AclBinding } from '@usm/messaging';
import { aclKeyOf } from '@usm/messaging';
import type { PartnerAclStore } from '../application/ports';

/** PartnerAclStore in memory, like a broker's authorizer: can be told to fail the next change. */
export class InMemoryPartnerAcls implements PartnerAclStore {
  readonly rules = new Map<string, AclBinding>();
  readonly calls: string[] = [];
  failNext: Error | undefined;

  async inForce(): Promise<readonly AclBinding[]> {
    return [...this.rules.values()];
  }

  async grant(bindings: readonly AclBinding[]): Promise<void> {
    this.fail();
    this.calls.push(`grant ${bindings.length}`);
    for (const binding of bindings) this.rules.set(aclKeyOf(binding), binding);
  }

  async revoke(bindings: readonly AclBinding[]): Promise<void> {
    this.fail();
    this.calls.push(`revoke ${bindings.length}`);
    for (const binding of bindings) this.rules.delete(aclKeyOf(binding));
  }

  /** Topics a principal may read now. */
  readable(principal: string): string[] {
    return [...this.rules.values()].filter((r) => r.principal === principal && r.operation === 'read').map((r) => r.name).sort();
  }

  private fail(): void {
    const failure = this.failNext;
    this.failNext = undefined;
    if (failure) throw failure;
  }
}
