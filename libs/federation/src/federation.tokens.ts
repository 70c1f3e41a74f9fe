/** Port tokens of the federation context; the module binds adapters to them. */
export const REPLICATION_RUNTIME = Symbol('REPLICATION_RUNTIME');
export const REPLICATION_AUDIT_LOG = Symbol('REPLICATION_AUDIT_LOG');
export const REPLICATION_LAG_MONITOR = Symbol('REPLICATION_LAG_MONITOR');
export const FEDERATION_CLOCK = Symbol('FEDERATION_CLOCK');
export const FEDERATION_OPTIONS = Symbol('FEDERATION_OPTIONS');
export const FEDERATION_SCHEDULER = Symbol('FEDERATION_SCHEDULER');
export const PARTNER_ACL_STORE = Symbol('PARTNER_ACL_STORE');
